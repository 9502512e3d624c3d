using Inventory.Domain.Accounts.Removal;
using Inventory.Domain.Assets;
using Inventory.Domain.Reconciliation;
using Inventory.Domain.Scopes;
using Marten;
using Wolverine;

namespace Inventory.Api.Accounts.Removal;

public static class MarkAccountAssetsGoneHandler
{
    internal const string BatchSizeKey = "Inventory:Accounts:MarkGoneBatchSize";
    internal const int DefaultBatchSize = 500;

    /// <summary>
    /// Marks one batch of one scope gone, decided from the write-side records, and sends itself again while any was marked.
    /// Redelivered, it finds the assets it already marked gone and decides nothing for them.
    /// </summary>
    public static async Task<OutgoingMessages> Handle(MarkAccountAssetsGone message, IDocumentStore store, IConfiguration configuration,
        CancellationToken cancellation)
    {
        var next = new OutgoingMessages();
        await using var session = store.LightweightSession();
        // Registered again since, or removed again keeping its assets: the user's later choice wins.
        var account = await AccountWrites.LoadAsync(session, message.AccountId, cancellation);
        if (account is not { Removed: true, MarkAssetsGone: true })
            return next;

        var prefix = AccountAssetsGone.ScopePrefix(message.AccountId);
        var scopeKey = await session.Query<AssetRecord>()
            .Where(a => a.ScopeKey.StartsWith(prefix) && a.Status == AssetStatus.Active)
            .OrderBy(a => a.ScopeKey)
            .Select(a => a.ScopeKey)
            .FirstOrDefaultAsync(cancellation);
        if (scopeKey is null)
            return next;

        // The scope is fetched for writing before its records are read: a scan racing this batch makes one of the two fail and retry.
        var scope = await session.Events.FetchForWriting<ScopeRecord>(scopeKey, cancellation);
        var records = await session.Query<AssetRecord>()
            .Where(a => a.ScopeKey == scopeKey && a.Status == AssetStatus.Active)
            .OrderBy(a => a.Id)
            .Take(BatchSize(configuration))
            .ToListAsync(cancellation);
        var lastCleanScans = new Dictionary<string, DateTimeOffset?>(StringComparer.Ordinal) { [scopeKey] = scope.Aggregate?.LastCleanScanAt };
        foreach (var decided in AccountAssetsGone.Decide(message.AccountId, records, lastCleanScans, message.RemovedAt, message.Cause))
        {
            foreach (var gone in decided.Events)
                session.Events.Append(gone.AssetId, gone);
            scope.AppendOne(decided.ScopeEvent);
            next.Add(message);
        }
        await session.SaveChangesAsync(cancellation);
        return next;
    }

    private static int BatchSize(IConfiguration configuration) =>
        configuration.GetValue<int?>(BatchSizeKey) is { } size and > 0 ? size : DefaultBatchSize;
}
