using Inventory.Domain.Accounts;

namespace Inventory.Domain.Costs;

/// <summary>Which management accounts a refresh fetches, or why the request cannot be served.</summary>
internal abstract record RefreshTarget
{
    public sealed record Accounts(IReadOnlyList<string> ManagementAccountIds) : RefreshTarget;

    public sealed record NotFound(string AccountId) : RefreshTarget;

    /// <summary>The request names an account costs cannot be fetched for; Field is the request field at fault.</summary>
    public sealed record Invalid(string Field, string Message) : RefreshTarget;
}

internal static class CostRefreshRules
{
    public const string AccountField = "accountId";

    /// <param name="accountId">The one account asked for, or null for every active management account.</param>
    /// <param name="named">The named account's view, when one was named and it is registered.</param>
    /// <param name="activeManagement">Ids of every active management account, used when none was named.</param>
    public static RefreshTarget Choose(string? accountId, AccountView? named, IReadOnlyList<string> activeManagement)
    {
        ArgumentNullException.ThrowIfNull(activeManagement);
        if (accountId is null)
            return activeManagement.Count > 0
                ? new RefreshTarget.Accounts(activeManagement)
                : new RefreshTarget.Invalid(AccountField, $"There is no active management account to refresh costs for; register one or name it in {AccountField}.");
        if (!AccountRules.IsAccountId(accountId))
            return new RefreshTarget.Invalid(AccountField, $"{AccountField} must be exactly 12 digits.");
        if (named is null or { Removed: true })
            return new RefreshTarget.NotFound(accountId);
        if (named.Kind != AccountKind.Management)
            return new RefreshTarget.Invalid(AccountField,
                $"{AccountField}: account {accountId} is a member account; Cost Explorer answers for its management account{Of(named)}.");
        if (!named.Active)
            return new RefreshTarget.Invalid(AccountField, $"{AccountField}: account {accountId} is deactivated; reactivate it to refresh its costs.");
        return new RefreshTarget.Accounts([accountId]);
    }

    private static string Of(AccountView member) =>
        member.Credentials.ManagementAccountId is { } management ? " " + management : "";
}
