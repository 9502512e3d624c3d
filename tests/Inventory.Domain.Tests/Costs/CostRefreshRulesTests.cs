using Inventory.Domain.Accounts;
using Inventory.Domain.Costs;

namespace Inventory.Domain.Tests.Costs;

/// <summary>A refresh fetches every active management account, or the one named if costs can be fetched for it.</summary>
public sealed class CostRefreshRulesTests
{
    private const string Root = "830000000000";

    private static AccountView Account(AccountKind kind, bool active = true, bool removed = false, string? managementId = null) => new()
    {
        Id = AccountStreams.Key(Root), AccountId = Root, Kind = kind, Active = active, Removed = removed,
        Credentials = managementId is null ? StoredCredentials.DefaultChain() : new StoredCredentials(CredentialMethod.AssumeRole, ManagementAccountId: managementId),
    };

    [Fact]
    public void Naming_none_refreshes_every_active_management_account_and_there_must_be_one()
    {
        Assert.Equal(["830000000001", "830000000002"],
            Assert.IsType<RefreshTarget.Accounts>(CostRefreshRules.Choose(null, null, ["830000000001", "830000000002"])).ManagementAccountIds);
        var none = Assert.IsType<RefreshTarget.Invalid>(CostRefreshRules.Choose(null, null, []));
        Assert.Equal("accountId", none.Field);
    }

    [Fact]
    public void An_active_management_account_named_is_refreshed_alone()
    {
        Assert.Equal([Root], Assert.IsType<RefreshTarget.Accounts>(CostRefreshRules.Choose(Root, Account(AccountKind.Management), ["830000000009"])).ManagementAccountIds);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("83000000000x")]
    [InlineData("")]
    public void An_id_that_is_not_twelve_digits_names_the_field(string id)
    {
        var invalid = Assert.IsType<RefreshTarget.Invalid>(CostRefreshRules.Choose(id, null, []));

        Assert.Equal(("accountId", "accountId must be exactly 12 digits."), (invalid.Field, invalid.Message));
    }

    [Fact]
    public void An_unknown_or_removed_account_is_not_found()
    {
        Assert.IsType<RefreshTarget.NotFound>(CostRefreshRules.Choose(Root, null, []));
        Assert.IsType<RefreshTarget.NotFound>(CostRefreshRules.Choose(Root, Account(AccountKind.Management, active: false, removed: true), []));
    }

    [Fact]
    public void A_member_or_a_deactivated_management_account_is_refused_naming_the_field()
    {
        var member = Assert.IsType<RefreshTarget.Invalid>(CostRefreshRules.Choose(Root, Account(AccountKind.Member, managementId: "830000000009"), []));
        Assert.Equal(("accountId", "accountId: account 830000000000 is a member account; Cost Explorer answers for its management account 830000000009."),
            (member.Field, member.Message));

        var inactive = Assert.IsType<RefreshTarget.Invalid>(CostRefreshRules.Choose(Root, Account(AccountKind.Management, active: false), []));
        Assert.Equal("accountId", inactive.Field);
        Assert.Contains("deactivated", inactive.Message, StringComparison.Ordinal);
    }
}
