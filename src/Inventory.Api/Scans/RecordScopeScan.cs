using Inventory.Api.Assets;
using Inventory.Domain.Accounts;
using Inventory.Domain.Assets;
using Inventory.Domain.Observations;
using Inventory.Domain.Reconciliation;
using Inventory.Domain.Scopes;
using Marten;

namespace Inventory.Api.Scans;

/// <summary>Record one scope's scan (its observations or its failure): the reconciler decides, the events are appended.</summary>
public sealed record RecordScopeScan(ScopeScan Scan);

/// <summary>What the scan changed in the register, for the discovery job's counts and log.</summary>
/// <param name="Refused">Why nothing was recorded although the scan itself was clean (the account was removed meanwhile).</param>
public sealed record ScopeScanRecorded(ScopeId Scope, bool Failed, ScanCounts Counts, IReadOnlyList<AmbiguousMatch> Ambiguities,
    (string Code, string Message)? Refused = null);

public static class RecordScopeScanHandler
{
    /// <summary>Asset events flushed per round trip; the session's bookkeeping grows with the square of its pending work.</summary>
    internal const int FlushEvery = 1000;

    public static async Task<ScopeScanRecorded> Handle(RecordScopeScan command, IDocumentStore store, VolatileFields volatileFields,
        CancellationToken cancellation)
    {
        var scope = command.Scan.Scope;
        // One transaction per scope, flushed in chunks: a scope's scan lands whole or not at all.
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var transaction = await connection.BeginTransactionAsync(cancellation);
        await using var session = store.LightweightSession(Marten.Services.SessionOptions.ForTransaction(transaction));

        // Fetching the scope stream for writing makes a concurrent scan of the same scope fail on save, not interleave.
        var scopeStream = await session.Events.FetchForWriting<ScopeRecord>(scope.StreamKey, cancellation);
        // A job still running when its account is removed must not bring the account's assets back.
        if (await session.LoadAsync<AccountView>(AccountStreams.Key(scope.AccountId), cancellation) is { Removed: true })
            return new ScopeScanRecorded(scope, true, ScanCounts.None, [], ("AccountRemoved", $"Account {scope.AccountId} was removed; the scan was not recorded."));
        var decision = await ScopeDecisions.DecideAsync(session, command.Scan, scopeStream.Aggregate?.LastCleanScanAt, volatileFields,
            cancellation);

        var appends = await NumberNewAssetsAsync(session, decision.Appends, cancellation);
        var pending = 0;
        foreach (var append in appends)
        {
            if (append.IsNew)
                session.Events.StartStream<AssetRecord>(append.AssetId, append.Event);
            else
                session.Events.Append(append.AssetId, append.Event);
            if (++pending == FlushEvery)
            {
                await session.SaveChangesAsync(cancellation);
                pending = 0;
            }
        }
        scopeStream.AppendOne(decision.ScopeEvent);
        await session.SaveChangesAsync(cancellation);
        await transaction.CommitAsync(cancellation);

        return new ScopeScanRecorded(scope, command.Scan.Failure is not null, decision.Counts, decision.Ambiguities);
    }

    /// <summary>New assets get their human-id numbers in this transaction, so a scan that rolls back leaves no gap.</summary>
    private static async Task<IReadOnlyList<AssetAppend>> NumberNewAssetsAsync(IDocumentSession session, IReadOnlyList<AssetAppend> appends,
        CancellationToken cancellation)
    {
        var count = appends.Count(a => a.IsNew);
        if (count == 0)
            return appends;
        var next = await HumanIdAllocation.AllocateAsync(session, count, cancellation);
        return appends.Select(a => a is { IsNew: true, Event: AssetSeen seen } ? a with { Event = seen with { Number = next++ } } : a).ToList();
    }
}
