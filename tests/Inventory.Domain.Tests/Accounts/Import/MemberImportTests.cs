using Inventory.Domain.Accounts;
using Inventory.Domain.Accounts.Import;
using Inventory.Domain.Assets;

namespace Inventory.Domain.Tests.Accounts.Import;

/// <summary>Importing an organisation's members as pure decisions: who is registered, who is skipped and why.</summary>
public sealed class MemberImportTests
{
    private const string Root = "500000000000";
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Cause Alice = Cause.User("alice");
    private static readonly MemberImportOptions NoOptions = new(null, null, null, null);
    private static string Protect(string secret) => "enc(" + secret + ")";

    private static AccountView View(string id, AccountKind kind, StoredCredentials? credentials = null, bool removed = false, long version = 1) => new()
    {
        Id = AccountStreams.Key(id), AccountId = id, DisplayName = "x", Kind = kind, Environment = AccountEnvironment.Shared,
        Credentials = credentials ?? StoredCredentials.DefaultChain(), Active = !removed, Removed = removed, Version = version,
    };

    private static readonly AccountView Management = View(Root, AccountKind.Management);

    private static OrganizationAccount Listed(string id, string status = OrganizationAccount.Active, string? name = null) =>
        new(id, name ?? "Workload " + id, $"aws+{id}@example.com", status);

    private static StoredCredentials MemberOf(string managementId) =>
        new(CredentialMethod.AssumeRole, ManagementAccountId: managementId, RoleName: StoredCredentials.DefaultRoleName);

    private static MemberImportPlan Decide(IReadOnlyList<OrganizationAccount> listed, params AccountView[] registered) =>
        Decide(listed, NoOptions, registered);

    private static MemberImportPlan Decide(IReadOnlyList<OrganizationAccount> listed, MemberImportOptions options, params AccountView[] registered) =>
        MemberImport.Decide(Management, listed, registered.ToDictionary(v => v.AccountId), options, Protect, Now, Alice);

    [Fact]
    public void Active_accounts_are_registered_as_members_assuming_the_default_role_through_the_management_account()
    {
        var plan = Decide([Listed(Root, name: "Root"), Listed("500000000001", name: "Payments prod")]);

        var registration = Assert.Single(plan.Registrations);
        Assert.Equal("500000000001", registration.AccountId);
        Assert.Null(registration.RemovedVersion);
        var registered = Assert.IsType<AccountRegistered>(Assert.Single(registration.Events));
        Assert.Empty(registered.Regions);
        Assert.Equal(
            new AccountRegistered("500000000001", "Payments prod", AccountKind.Member, AccountEnvironment.Shared, registered.Regions,
                new StoredCredentials(CredentialMethod.AssumeRole, ManagementAccountId: Root, RoleName: "OrganizationAccountAccessRole"), Now, Alice),
            registered);
        Assert.Equal([(Root, SkipReason.ManagementAccount)], plan.Skipped.Select(s => (s.AccountId, s.Reason)));
    }

    [Fact]
    public void The_options_apply_to_every_member_and_the_external_id_is_protected()
    {
        var options = new MemberImportOptions("production", ["eu-west-1"], "InventoryReader", "ext-123");
        var plan = Decide([Listed("500000000001"), Listed("500000000002")], options);

        Assert.Equal(2, plan.Registrations.Count);
        Assert.All(plan.Registrations.Select(r => Assert.IsType<AccountRegistered>(Assert.Single(r.Events))), registered =>
        {
            Assert.Equal(AccountEnvironment.Production, registered.Environment);
            Assert.Equal(["eu-west-1"], registered.Regions);
            Assert.Equal(new StoredCredentials(CredentialMethod.AssumeRole, ManagementAccountId: Root, RoleName: "InventoryReader",
                ProtectedExternalId: "enc(ext-123)"), registered.Credentials);
        });
    }

    [Fact]
    public void Accounts_already_registered_are_skipped_with_how_they_are_registered()
    {
        var plan = Decide(
            [Listed("500000000001"), Listed("500000000002"), Listed("500000000003"), Listed("500000000004")],
            View("500000000001", AccountKind.Member, MemberOf(Root)),
            View("500000000002", AccountKind.Member, MemberOf("599999999999")),
            View("500000000003", AccountKind.Management));

        Assert.Equal(["500000000004"], plan.Registrations.Select(r => r.AccountId));
        Assert.Equal(
            [
                ("500000000001", SkipReason.AlreadyRegistered, $"Already registered as a member of {Root}."),
                ("500000000002", SkipReason.RegisteredOtherwise, "Already registered as a member of management account 599999999999; left as it is."),
                ("500000000003", SkipReason.RegisteredOtherwise, "Already registered as a management account; left as it is."),
            ],
            plan.Skipped.Select(s => (s.AccountId, s.Reason, s.Detail)));
    }

    [Fact]
    public void A_removed_account_is_registered_again_on_its_stream_at_its_version()
    {
        var plan = Decide([Listed("500000000001")], View("500000000001", AccountKind.Member, MemberOf(Root), removed: true, version: 7));

        var registration = Assert.Single(plan.Registrations);
        Assert.Equal(7, registration.RemovedVersion);
        Assert.Empty(plan.Skipped);
    }

    [Theory]
    [InlineData("SUSPENDED")]
    [InlineData("PENDING_CLOSURE")]
    public void Accounts_that_are_not_active_are_skipped_with_their_status(string status)
    {
        var plan = Decide([Listed("500000000001", status)]);

        Assert.Empty(plan.Registrations);
        var skipped = Assert.Single(plan.Skipped);
        Assert.Equal((SkipReason.NotActive, status), (skipped.Reason, skipped.Status));
        Assert.Contains(status, skipped.Detail);
    }

    [Fact]
    public void An_account_listed_twice_is_registered_once_and_one_without_a_valid_id_is_skipped_as_invalid()
    {
        var plan = Decide([Listed("500000000001"), Listed("500000000001"), Listed("5000")]);

        Assert.Equal(["500000000001"], plan.Registrations.Select(r => r.AccountId));
        var invalid = Assert.Single(plan.Skipped);
        Assert.Equal(("5000", SkipReason.Invalid, "accountId must be exactly 12 digits."), (invalid.AccountId, invalid.Reason, invalid.Detail));
    }

    [Fact]
    public void An_account_without_a_name_is_named_by_its_id()
    {
        var plan = Decide([new OrganizationAccount("500000000001", " ", null, OrganizationAccount.Active)]);
        Assert.Equal("500000000001", Assert.IsType<AccountRegistered>(Assert.Single(Assert.Single(plan.Registrations).Events)).DisplayName);
    }

    [Fact]
    public void Importing_the_same_listing_after_it_was_registered_registers_nothing()
    {
        var listed = new[] { Listed(Root), Listed("500000000001"), Listed("500000000002", "SUSPENDED") };
        var first = Decide(listed);
        var registered = first.Registrations.Select(r => View(r.AccountId, AccountKind.Member, MemberOf(Root))).ToArray();

        var second = Decide(listed, registered);

        Assert.Empty(second.Registrations);
        Assert.Equal([SkipReason.ManagementAccount, SkipReason.AlreadyRegistered, SkipReason.NotActive], second.Skipped.Select(s => s.Reason));
    }

    [Fact]
    public void The_check_refuses_an_unknown_or_removed_account_a_member_account_and_bad_options_naming_each_field()
    {
        Assert.IsType<AccountDecision.NotFound>(MemberImport.Check(Root, null, NoOptions));
        Assert.IsType<AccountDecision.NotFound>(MemberImport.Check(Root, View(Root, AccountKind.Management, removed: true), NoOptions));
        Assert.Null(MemberImport.Check(Root, Management, NoOptions));

        var member = Assert.IsType<AccountDecision.Invalid>(MemberImport.Check("500000000001", View("500000000001", AccountKind.Member, MemberOf(Root)), NoOptions));
        Assert.Equal(["managementAccountId"], member.Errors.Keys);

        var bad = Assert.IsType<AccountDecision.Invalid>(
            MemberImport.Check(Root, Management, new MemberImportOptions("prod", ["Europe"], "not a role", "x")));
        Assert.Equal(["credentials.externalId", "credentials.roleName", "environment", "regions[0]"], bad.Errors.Keys.Order());
    }
}
