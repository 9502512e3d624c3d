using Inventory.Domain.Assets;

namespace Inventory.Domain.Accounts;

/// <summary>
/// Every account command as a pure function of what the caller loaded: no I/O, so the rules are tested without a database.
/// Secrets are protected through the given function before they reach any event.
/// </summary>
internal static class AccountDecisions
{
    public static AccountDecision Register(string? accountId, AccountInput input, AccountView? existing, AccountView? management,
        Func<string, string> protect, DateTimeOffset now, Cause cause)
    {
        var errors = new Dictionary<string, string[]>();
        AccountRules.AccountId(accountId, "accountId", errors);
        var name = AccountRules.DisplayName(input.DisplayName, errors);
        var kind = AccountRules.Choice<AccountKind>(input.Kind, "kind", errors);
        var environment = AccountRules.Choice<AccountEnvironment>(input.Environment, "environment", errors);
        var regions = AccountRules.Regions(input.Regions, errors);
        var credentials = AccountCredentialRules.Build(input.Credentials, null, kind, management, protect, errors);
        if (errors.Count > 0)
            return new AccountDecision.Invalid(errors);
        if (existing is { Removed: false })
            return new AccountDecision.Conflict($"Account {accountId} is already registered.", accountId!);
        return new AccountDecision.Accepted(
            [new AccountRegistered(accountId!, name!, kind!.Value, environment!.Value, regions, credentials!, now, cause)]);
    }

    /// <summary>Omitted fields stay as they are; so does a stored secret when the credentials keep their type.</summary>
    public static AccountDecision Edit(string accountId, AccountInput input, AccountView? current, AccountView? management,
        int referencingMembers, Func<string, string> protect, DateTimeOffset now, Cause cause)
    {
        if (current is null or { Removed: true })
            return new AccountDecision.NotFound(accountId);
        var errors = new Dictionary<string, string[]>();
        var name = input.DisplayName is null ? current.DisplayName : AccountRules.DisplayName(input.DisplayName, errors);
        var kind = input.Kind is null ? current.Kind : AccountRules.Choice<AccountKind>(input.Kind, "kind", errors);
        var environment = input.Environment is null ? current.Environment : AccountRules.Choice<AccountEnvironment>(input.Environment, "environment", errors);
        var regions = input.Regions is null ? current.Regions : AccountRules.Regions(input.Regions, errors);
        var credentials = AccountCredentialRules.Build(input.Credentials, current.Credentials, kind, management, protect, errors);
        if (errors.Count > 0)
            return new AccountDecision.Invalid(errors);
        if (current.Kind == AccountKind.Management && kind == AccountKind.Member && referencingMembers > 0)
            return new AccountDecision.Conflict(
                $"Account {accountId} is the management account of {referencingMembers} member account(s); it cannot become a member.", accountId);

        var events = new List<object>();
        var edited = new AccountEdited(accountId,
            name == current.DisplayName ? null : name,
            kind == current.Kind ? null : kind,
            environment == current.Environment ? null : environment,
            regions.SequenceEqual(current.Regions) ? null : regions,
            now, cause);
        if (edited.DisplayName is not null || edited.Kind is not null || edited.Environment is not null || edited.Regions is not null)
            events.Add(edited);
        if (credentials != current.Credentials)
            events.Add(new AccountCredentialsChanged(accountId, credentials!, now, cause));
        return new AccountDecision.Accepted(events);
    }

    public static AccountDecision Deactivate(string accountId, AccountView? current, DateTimeOffset now, Cause cause) =>
        current is null or { Removed: true } ? new AccountDecision.NotFound(accountId)
        : new AccountDecision.Accepted(current.Active ? [new AccountDeactivated(accountId, now, cause)] : []);

    public static AccountDecision Reactivate(string accountId, AccountView? current, DateTimeOffset now, Cause cause) =>
        current is null or { Removed: true } ? new AccountDecision.NotFound(accountId)
        : new AccountDecision.Accepted(current.Active ? [] : [new AccountReactivated(accountId, now, cause)]);

    /// <summary>The caller must say whether the account's assets are marked gone: history is never erased silently.</summary>
    public static AccountDecision Remove(string accountId, AccountView? current, int referencingMembers, bool? markAssetsGone,
        DateTimeOffset now, Cause cause)
    {
        if (markAssetsGone is null)
            return new AccountDecision.Invalid(new Dictionary<string, string[]>
            {
                ["markAssetsGone"] = ["markAssetsGone is required: true marks the account's assets gone, false leaves them as they are."],
            });
        if (current is null or { Removed: true })
            return new AccountDecision.NotFound(accountId);
        if (referencingMembers > 0)
            return new AccountDecision.Conflict(
                $"Account {accountId} is still the management account of {referencingMembers} member account(s); remove or change them first.", accountId);
        return new AccountDecision.Accepted([new AccountRemoved(accountId, markAssetsGone.Value, now, cause)]);
    }
}
