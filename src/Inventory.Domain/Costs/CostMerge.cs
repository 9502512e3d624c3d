namespace Inventory.Domain.Costs;

/// <summary>
/// How fetch outcomes fold into a <see cref="CostView"/>. Two refreshes can commit out of order, so the time an outcome
/// was observed decides, not the order of the events: older figures never replace newer ones, and an error older than
/// the figures shown is no longer news.
/// </summary>
internal static class CostMerge
{
    public static CostView Apply(CostView? view, string id, CostsFetched fetched)
    {
        ArgumentNullException.ThrowIfNull(fetched);
        view ??= New(id, fetched.ManagementAccountId);
        if (view.FetchedAt is null || fetched.FetchedAt >= view.FetchedAt)
        {
            view.FetchedAt = fetched.FetchedAt;
            view.Currency = fetched.Currency;
            view.ThisMonth = fetched.ThisMonth;
            view.LastMonth = fetched.LastMonth;
            if (view.LastError is not null && view.LastError.At <= fetched.FetchedAt)
                view.LastError = null;
        }
        Attempted(view, fetched.RefreshId, fetched.FetchedAt);
        return view;
    }

    public static CostView Apply(CostView? view, string id, CostsFetchFailed failed)
    {
        ArgumentNullException.ThrowIfNull(failed);
        view ??= New(id, failed.ManagementAccountId);
        var newerThanFigures = view.FetchedAt is null || failed.FailedAt > view.FetchedAt;
        var newerThanError = view.LastError is null || failed.FailedAt >= view.LastError.At;
        if (newerThanFigures && newerThanError)
            view.LastError = new CostError(failed.ErrorCode, failed.Message, failed.FailedAt);
        Attempted(view, failed.RefreshId, failed.FailedAt);
        return view;
    }

    private static CostView New(string id, string managementAccountId) => new() { Id = id, ManagementAccountId = managementAccountId };

    private static void Attempted(CostView view, Guid refreshId, DateTimeOffset at)
    {
        if (view.LastAttemptAt is not null && at < view.LastAttemptAt)
            return;
        view.LastAttemptAt = at;
        view.LastRefreshId = refreshId;
    }
}
