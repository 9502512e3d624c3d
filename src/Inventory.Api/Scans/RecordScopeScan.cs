using Inventory.Api.Assets;
using Inventory.Domain.Accounts;
using Inventory.Domain.Assets;
using Inventory.Domain.Observations;
using Inventory.Domain.Reconciliation;
using Inventory.Domain.Scopes;
using JasperFx;
using Marten;
using Marten.Exceptions;
using Npgsql;

namespace Inventory.Api.Scans;

/// <summary>Record one scope's scan (its observations, its listing as it pages in, or its failure): the reconciler decides, the events are appended.</summary>
public sealed record RecordScopeScan(ScopeScan Scan);

/// <summary>What the scan changed in the register, for the discovery job's counts and log.</summary>
/// <param name="Refused">Why nothing was recorded although the scan itself was clean (the account was removed meanwhile).</param>
public sealed record ScopeScanRecorded(ScopeId Scope, bool Failed, ScanCounts Counts, IReadOnlyList<AmbiguousMatch> Ambiguities,
    (string Code, string Message)? Refused = null);

public static class RecordScopeScanHandler
{
    /// <summary>Observations reconciled and their events flushed per round trip: memory stays bounded by a chunk, not by the scope.</summary>
    internal const int ChunkSize = 1000;

    public static async Task<ScopeScanRecorded> Handle(RecordScopeScan command, IDocumentStore store, VolatileFields volatileFields,
        CancellationToken cancellation)
    {
        var scan = command.Scan;
        try
        {
            // A listing that broke off rolled back everything it recorded; the scope then records the failure alone.
            return await RecordAsync(store, scan, volatileFields, cancellation)
                   ?? await RecordAsync(store, scan with { Observations = null, Listing = null, Failure = scan.ListingFailure }, volatileFields, cancellation)
                   ?? throw new InvalidOperationException("A failed scan is always recorded.");
        }
        catch (Exception e) when (scan.Listing is not null && e is ConcurrencyException or ExistingStreamIdCollisionException)
        {
            // A listing is read once, so a retry would see an empty scope: the recording fails instead, and nothing of it landed.
            throw new InvalidOperationException($"The scan of {scan.Scope} was not recorded: {e.Message}", e);
        }
        finally
        {
            scan.Listing?.Abandon();
        }
    }

    /// <summary>One transaction per scope, flushed chunk by chunk: a scope's scan lands whole or not at all. Null: the listing failed midway.</summary>
    private static async Task<ScopeScanRecorded?> RecordAsync(IDocumentStore store, ScopeScan scan, VolatileFields volatileFields,
        CancellationToken cancellation)
    {
        var scope = scan.Scope;
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var transaction = await connection.BeginTransactionAsync(cancellation);
        await using var session = store.LightweightSession(Marten.Services.SessionOptions.ForTransaction(transaction));

        // Two scans of one scope never interleave: the second waits here until the first commits or rolls back.
        await LockAsync(connection, store, scope.StreamKey, cancellation);
        var scopeStream = await session.Events.FetchForWriting<ScopeRecord>(scope.StreamKey, cancellation);
        // A job still running when its account is removed must not bring the account's assets back.
        if (await session.LoadAsync<AccountView>(AccountStreams.Key(scope.AccountId), cancellation) is { Removed: true })
            return new ScopeScanRecorded(scope, true, ScanCounts.None, [], ("AccountRemoved", $"Account {scope.AccountId} was removed; the scan was not recorded."));

        if (scan.Failure is not null || (scan.Observations is null && scan.Listing is null))
        {
            AppendScopeEvent(session, scopeStream, scope, Reconciler.Failed(scan, scan.ListingFailure).ScopeEvent);
            await session.SaveChangesAsync(cancellation);
            await transaction.CommitAsync(cancellation);
            return new ScopeScanRecorded(scope, true, ScanCounts.None, []);
        }

        var state = new ScopeState(scopeStream.Aggregate?.LastCleanScanAt, await ScopeRecords.LoadAsync(store, connection, scope, cancellation));
        var reconciliation = new ScopeReconciliation(state, scan, volatileFields);
        var appending = Task.CompletedTask;
        await foreach (var chunk in scan.ChunksAsync(ChunkSize, cancellation))
        {
            // Matching a chunk needs no database, so it runs while the previous chunk's events are being written.
            var plan = reconciliation.Match(chunk);
            await appending;
            // Only the assets whose fingerprint differs need their previous description, read from their own events.
            var previous = await PreviousDescriptions.LoadAsync(session, plan.AssetsToCompare, cancellation);
            appending = AppendAsync(session, reconciliation.Decide(plan, id => previous[id]), cancellation);
        }
        await appending;
        if (scan.ListingFailure is not null)
            return null;

        var finish = reconciliation.Finish();
        await AppendAsync(session, finish.Appends, cancellation);
        AppendScopeEvent(session, scopeStream, scope, finish.ScopeEvent);
        await session.SaveChangesAsync(cancellation);
        await transaction.CommitAsync(cancellation);
        return new ScopeScanRecorded(scope, false, finish.Counts, finish.Ambiguities);
    }

    private static async Task AppendAsync(IDocumentSession session, IReadOnlyList<AssetAppend> appends, CancellationToken cancellation)
    {
        if (appends.Count == 0)
            return;
        foreach (var append in await NumberNewAssetsAsync(session, appends, cancellation))
        {
            if (append.IsNew)
                session.Events.StartStream<AssetRecord>(append.AssetId, append.Event);
            else
                session.Events.Append(append.AssetId, append.Event);
        }
        await session.SaveChangesAsync(cancellation);
    }

    /// <summary>
    /// The scope's own event, against the version read when the scan began, so a concurrent writer of the scope (an account's
    /// removal) fails one of the two. Appended afresh: each chunk's flush has cleared the session's work, the fetched handle's too.
    /// </summary>
    private static void AppendScopeEvent(IDocumentSession session, JasperFx.Events.IEventStream<ScopeRecord> scopeStream, ScopeId scope, object scopeEvent)
    {
        if (scopeStream.StartingVersion is { } version and > 0)
            session.Events.Append(scope.StreamKey, version + 1, scopeEvent);
        else
            session.Events.StartStream<ScopeRecord>(scope.StreamKey, scopeEvent);
    }

    /// <summary>A lock of this store's schema on <paramref name="name"/>, held until the scan's transaction ends.</summary>
    private static async Task LockAsync(NpgsqlConnection connection, IDocumentStore store, string name, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = store.Options.DatabaseSchemaName });
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        await command.ExecuteNonQueryAsync(cancellation);
    }

    /// <summary>New assets get their human-id numbers in this transaction, so a scan that rolls back leaves no gap.</summary>
    private static async Task<IReadOnlyList<AssetAppend>> NumberNewAssetsAsync(IDocumentSession session, IReadOnlyList<AssetAppend> appends,
        CancellationToken cancellation)
    {
        var count = appends.Count(a => a.IsNew);
        if (count == 0)
            return appends;
        // Scans that start the counter's stream at once would collide; once it exists its row lock queues them anyway.
        await LockAsync(session.Connection!, session.DocumentStore, "human-ids", cancellation);
        var next = await HumanIdAllocation.AllocateAsync(session, count, cancellation);
        return appends.Select(a => a is { IsNew: true, Event: AssetSeen seen } ? a with { Event = seen with { Number = next++ } } : a).ToList();
    }
}
