using Inventory.Domain.Assets;

namespace Inventory.Domain.Accounts.Import;

/// <summary>
/// Importing the members of a management account's organisation, as pure functions: <see cref="Check"/> before AWS is asked,
/// <see cref="Decide"/> once Organizations has listed the accounts. Each member is registered by the register-account rules.
/// </summary>
internal static class MemberImport
{
    public const string ManagementField = "managementAccountId";

    /// <summary>Null when the import may ask AWS; else why not (unknown account, a member account, bad options).</summary>
    public static AccountDecision? Check(string managementAccountId, AccountView? management, MemberImportOptions options)
    {
        if (management is null or { Removed: true })
            return new AccountDecision.NotFound(managementAccountId);
        var errors = new Dictionary<string, string[]>();
        if (management.Kind != AccountKind.Management)
            errors[ManagementField] = [$"{ManagementField}: account {managementAccountId} is a member account; import members through its management account."];
        if (options.Environment is not null)
            AccountRules.Choice<AccountEnvironment>(options.Environment, "environment", errors);
        AccountRules.Regions(options.Regions, errors);
        AccountRules.RoleName(options.RoleName, errors);
        if (!string.IsNullOrEmpty(options.ExternalId))
            AccountRules.ExternalId(options.ExternalId, errors);
        return errors.Count > 0 ? new AccountDecision.Invalid(errors) : null;
    }

    /// <param name="management">The checked management account.</param>
    /// <param name="listed">Every account Organizations listed, in its order.</param>
    /// <param name="registered">The registered views of the listed ids (removed ones included), by account id.</param>
    public static MemberImportPlan Decide(AccountView management, IReadOnlyList<OrganizationAccount> listed,
        IReadOnlyDictionary<string, AccountView> registered, MemberImportOptions options, Func<string, string> protect, DateTimeOffset now, Cause cause)
    {
        var registrations = new List<MemberRegistration>();
        var skipped = new List<SkippedMember>();
        var environment = options.Environment ?? AccountRules.Camel(management.Environment.ToString());
        var credentials = new CredentialsInput(nameof(CredentialMethod.AssumeRole), ManagementAccountId: management.AccountId,
            RoleName: options.RoleName, ExternalId: string.IsNullOrEmpty(options.ExternalId) ? null : options.ExternalId);

        // A page repeated by AWS must not register an account twice.
        foreach (var account in listed.DistinctBy(a => a.Id, StringComparer.Ordinal))
        {
            var existing = registered.GetValueOrDefault(account.Id);
            if (account.Id == management.AccountId)
                skipped.Add(Skip(account, SkipReason.ManagementAccount, "This is the management account the import runs for."));
            else if (existing is { Removed: false })
                skipped.Add(Registered(account, existing, management.AccountId));
            else if (account.Status != OrganizationAccount.Active)
                skipped.Add(Skip(account, SkipReason.NotActive, $"Organizations lists the account as {account.Status ?? "without a status"}; only ACTIVE accounts are imported."));
            else
            {
                var name = string.IsNullOrWhiteSpace(account.Name) ? account.Id : account.Name;
                var input = new AccountInput(name, nameof(AccountKind.Member), environment, options.Regions, credentials);
                switch (AccountDecisions.Register(account.Id, input, existing, management, protect, now, cause))
                {
                    case AccountDecision.Accepted accepted:
                        registrations.Add(new MemberRegistration(account.Id, existing?.Version, accepted.Events));
                        break;
                    case AccountDecision.Invalid invalid:
                        skipped.Add(Skip(account, SkipReason.Invalid, string.Join(" ", invalid.Errors.Values.SelectMany(e => e))));
                        break;
                    default:
                        skipped.Add(Skip(account, SkipReason.Invalid, "The account cannot be registered."));
                        break;
                }
            }
        }
        return new MemberImportPlan(registrations, skipped);
    }

    private static SkippedMember Registered(OrganizationAccount account, AccountView existing, string managementAccountId)
    {
        if (existing.Kind == AccountKind.Member && existing.Credentials.ManagementAccountId == managementAccountId)
            return Skip(account, SkipReason.AlreadyRegistered, $"Already registered as a member of {managementAccountId}.");
        var how = existing.Kind == AccountKind.Management ? "as a management account"
            : existing.Credentials.ManagementAccountId is { } other ? $"as a member of management account {other}"
            : "with credentials of its own";
        return Skip(account, SkipReason.RegisteredOtherwise, $"Already registered {how}; left as it is.");
    }

    private static SkippedMember Skip(OrganizationAccount account, SkipReason reason, string detail) =>
        new(account.Id, account.Name, account.Status, reason, detail);
}
