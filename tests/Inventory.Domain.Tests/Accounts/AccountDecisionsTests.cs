using Inventory.Domain.Accounts;
using Inventory.Domain.Assets;

namespace Inventory.Domain.Tests.Accounts;

/// <summary>The account rules as pure functions: what is accepted, what each refusal names.</summary>
public sealed class AccountDecisionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Cause Alice = Cause.User("alice");
    private static string Protect(string secret) => "enc(" + secret + ")";

    private static AccountInput Management(CredentialsInput? credentials = null) =>
        new("Org root", "management", "shared", ["eu-west-1"], credentials ?? new CredentialsInput("defaultChain"));

    private static AccountView View(string id, AccountKind kind, StoredCredentials? credentials = null, bool active = true) => new()
    {
        Id = AccountStreams.Key(id), AccountId = id, DisplayName = "x", Kind = kind, Environment = AccountEnvironment.Production,
        Credentials = credentials ?? StoredCredentials.DefaultChain(), Active = active,
    };

    private static IReadOnlyDictionary<string, string[]> Errors(AccountDecision decision) =>
        Assert.IsType<AccountDecision.Invalid>(decision).Errors;

    [Fact]
    public void A_valid_registration_records_the_account_with_its_secret_protected()
    {
        var input = Management(new CredentialsInput("AccessKey", "AKIAABCDEFGHIJKLMNOP", "s3cret"));
        var decision = AccountDecisions.Register("111111111111", input, null, null, Protect, Now, Alice);

        var registered = Assert.IsType<AccountRegistered>(Assert.Single(Assert.IsType<AccountDecision.Accepted>(decision).Events));
        Assert.Equal(AccountKind.Management, registered.Kind);
        Assert.Equal(AccountEnvironment.Shared, registered.Environment);
        Assert.Equal(["eu-west-1"], registered.Regions);
        Assert.Equal("enc(s3cret)", registered.Credentials.ProtectedSecretAccessKey);
        Assert.Equal(Alice, registered.Cause);
    }

    [Theory]
    [InlineData("12345", "accountId")]
    [InlineData("12345678901a", "accountId")]
    public void A_malformed_account_id_is_refused(string id, string field) =>
        Assert.Contains(field, Errors(AccountDecisions.Register(id, Management(), null, null, Protect, Now, Alice)).Keys);

    [Fact]
    public void Every_bad_field_is_named()
    {
        var input = new AccountInput(" ", "boss", "prod", ["eu-west-1", "Europe", "us-gov-west-1"], new CredentialsInput("password"));
        var errors = Errors(AccountDecisions.Register("111111111111", input, null, null, Protect, Now, Alice));
        Assert.Equal(["credentials.type", "displayName", "environment", "kind", "regions[1]"], errors.Keys.Order());
    }

    [Fact]
    public void Numbers_are_not_enum_names() =>
        Assert.Contains("kind", Errors(AccountDecisions.Register("111111111111", Management() with { Kind = "1" }, null, null, Protect, Now, Alice)).Keys);

    [Fact]
    public void Credentials_are_required_and_an_access_key_needs_its_secret()
    {
        Assert.Contains("credentials", Errors(AccountDecisions.Register("111111111111", Management() with { Credentials = null }, null, null, Protect, Now, Alice)).Keys);
        var noSecret = Management(new CredentialsInput("accessKey", "AKIAABCDEFGHIJKLMNOP"));
        Assert.Contains("credentials.secretAccessKey", Errors(AccountDecisions.Register("111111111111", noSecret, null, null, Protect, Now, Alice)).Keys);
    }

    [Fact]
    public void A_duplicate_registration_is_a_conflict_naming_the_account()
    {
        var conflict = Assert.IsType<AccountDecision.Conflict>(
            AccountDecisions.Register("111111111111", Management(), View("111111111111", AccountKind.Management), null, Protect, Now, Alice));
        Assert.Equal("111111111111", conflict.AccountId);
    }

    [Fact]
    public void A_removed_account_can_be_registered_again()
    {
        var removed = View("111111111111", AccountKind.Management);
        removed.Removed = true;
        Assert.IsType<AccountDecision.Accepted>(AccountDecisions.Register("111111111111", Management(), removed, null, Protect, Now, Alice));
    }

    [Fact]
    public void A_member_assumes_a_role_through_a_registered_management_account()
    {
        var input = new AccountInput("Dev", "member", "development", [], new CredentialsInput("assumeRole", ManagementAccountId: "111111111111", ExternalId: "ext-42"));
        var decision = AccountDecisions.Register("222222222222", input, null, View("111111111111", AccountKind.Management), Protect, Now, Alice);

        var credentials = Assert.IsType<AccountRegistered>(Assert.Single(Assert.IsType<AccountDecision.Accepted>(decision).Events)).Credentials;
        Assert.Equal(StoredCredentials.DefaultRoleName, credentials.RoleName);
        Assert.Equal("enc(ext-42)", credentials.ProtectedExternalId);
    }

    [Fact]
    public void Assume_role_needs_a_member_and_an_existing_management_account()
    {
        var assume = new CredentialsInput("assumeRole", ManagementAccountId: "111111111111");
        Assert.Contains("credentials.type", Errors(AccountDecisions.Register("222222222222", Management(assume), null, View("111111111111", AccountKind.Management), Protect, Now, Alice)).Keys);
        var member = Management(assume) with { Kind = "member" };
        Assert.Contains("credentials.managementAccountId", Errors(AccountDecisions.Register("222222222222", member, null, null, Protect, Now, Alice)).Keys);
        Assert.Contains("credentials.managementAccountId", Errors(AccountDecisions.Register("222222222222", member, null, View("111111111111", AccountKind.Member), Protect, Now, Alice)).Keys);
    }

    [Fact]
    public void An_edit_without_a_secret_keeps_the_stored_one_and_records_only_what_changed()
    {
        var current = View("111111111111", AccountKind.Management, new StoredCredentials(CredentialMethod.AccessKey, "AKIAABCDEFGHIJKLMNOP", "enc(old)"));
        var input = new AccountInput("Renamed", null, null, null, new CredentialsInput("accessKey", "AKIAABCDEFGHIJKLMNOP"));

        var events = Assert.IsType<AccountDecision.Accepted>(AccountDecisions.Edit("111111111111", input, current, null, 0, Protect, Now, Alice)).Events;

        var edited = Assert.IsType<AccountEdited>(Assert.Single(events));
        Assert.Equal("Renamed", edited.DisplayName);
        Assert.Null(edited.Environment);
        Assert.Null(edited.Regions);
    }

    [Fact]
    public void An_edit_with_a_new_secret_changes_the_credentials()
    {
        var current = View("111111111111", AccountKind.Management, new StoredCredentials(CredentialMethod.AccessKey, "AKIAABCDEFGHIJKLMNOP", "enc(old)"));
        var input = new AccountInput(null, null, null, null, new CredentialsInput("accessKey", "AKIAABCDEFGHIJKLMNOP", "new"));
        var events = Assert.IsType<AccountDecision.Accepted>(AccountDecisions.Edit("111111111111", input, current, null, 0, Protect, Now, Alice)).Events;
        Assert.Equal("enc(new)", Assert.IsType<AccountCredentialsChanged>(Assert.Single(events)).Credentials.ProtectedSecretAccessKey);
    }

    [Fact]
    public void Unknown_accounts_are_not_found() =>
        Assert.IsType<AccountDecision.NotFound>(AccountDecisions.Edit("111111111111", Management(), null, null, 0, Protect, Now, Alice));

    [Fact]
    public void A_management_account_with_members_cannot_become_a_member()
    {
        var input = new AccountInput(null, "member", null, null, null);
        Assert.IsType<AccountDecision.Conflict>(AccountDecisions.Edit("111111111111", input, View("111111111111", AccountKind.Management), null, 2, Protect, Now, Alice));
    }

    [Fact]
    public void Deactivating_and_reactivating_record_only_real_changes()
    {
        var active = View("111111111111", AccountKind.Management);
        Assert.IsType<AccountDeactivated>(Assert.Single(((AccountDecision.Accepted)AccountDecisions.Deactivate("111111111111", active, Now, Alice)).Events));
        Assert.Empty(((AccountDecision.Accepted)AccountDecisions.Reactivate("111111111111", active, Now, Alice)).Events);
        var inactive = View("111111111111", AccountKind.Management, active: false);
        Assert.IsType<AccountReactivated>(Assert.Single(((AccountDecision.Accepted)AccountDecisions.Reactivate("111111111111", inactive, Now, Alice)).Events));
    }

    [Fact]
    public void Removal_needs_an_explicit_choice_and_no_members_left()
    {
        var management = View("111111111111", AccountKind.Management);
        Assert.Contains("markAssetsGone", Errors(AccountDecisions.Remove("111111111111", management, 0, null, Now, Alice)).Keys);
        Assert.IsType<AccountDecision.Conflict>(AccountDecisions.Remove("111111111111", management, 1, true, Now, Alice));
        Assert.IsType<AccountDecision.NotFound>(AccountDecisions.Remove("999999999999", null, 0, false, Now, Alice));
        var removed = Assert.IsType<AccountRemoved>(Assert.Single(((AccountDecision.Accepted)AccountDecisions.Remove("111111111111", management, 0, true, Now, Alice)).Events));
        Assert.True(removed.MarkAssetsGone);
    }
}
