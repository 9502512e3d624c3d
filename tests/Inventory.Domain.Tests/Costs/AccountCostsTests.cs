using Inventory.Domain.Accounts;
using Inventory.Domain.Assets;
using Inventory.Domain.Costs;

namespace Inventory.Domain.Tests.Costs;

/// <summary>Each account's own figures come from its management account's breakdown by linked account.</summary>
public sealed class AccountCostsTests
{
    private const string Root = "820000000000";
    private const string Member = "820000000001";
    private const string OtherRoot = "820000000100";
    private static readonly DateTimeOffset Nine = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static AccountView Account(string id, AccountKind kind, string? managementId = null) => new()
    {
        Id = AccountStreams.Key(id), AccountId = id, Kind = kind, Active = true,
        Credentials = managementId is null ? StoredCredentials.DefaultChain() : new StoredCredentials(CredentialMethod.AssumeRole, ManagementAccountId: managementId),
    };

    private static CostView Costs(string root, DateTimeOffset? at, params (string Id, decimal ThisMonth, decimal LastMonth)[] rows) => new()
    {
        Id = CostStreams.Key(root), ManagementAccountId = root, FetchedAt = at, Currency = at is null ? null : "USD",
        ThisMonth = at is null ? null : new PeriodCosts(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 28), true, rows.Sum(r => r.ThisMonth),
            [.. rows.Select(r => new CostLine(r.Id, null, r.ThisMonth))], []),
        LastMonth = at is null ? null : new PeriodCosts(new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 1), false, rows.Sum(r => r.LastMonth),
            [.. rows.Select(r => new CostLine(r.Id, null, r.LastMonth))], []),
    };

    private static Dictionary<string, CostView> ByRoot(params CostView[] views) => views.ToDictionary(v => v.ManagementAccountId);

    [Fact]
    public void A_management_account_and_its_member_each_get_their_own_row()
    {
        var costs = ByRoot(Costs(Root, Nine, (Root, 1.5m, 2.25m), (Member, 100m, 200.125m)));

        Assert.Equal(new AccountCostFigures(1.5m, 2.25m, "USD", Nine), AccountCosts.For(Account(Root, AccountKind.Management), costs));
        Assert.Equal(new AccountCostFigures(100m, 200.125m, "USD", Nine), AccountCosts.For(Account(Member, AccountKind.Member, Root), costs));
    }

    [Fact]
    public void A_member_missing_from_a_fetched_breakdown_spent_nothing()
    {
        var costs = ByRoot(Costs(Root, Nine, (Root, 1m, 1m)));

        Assert.Equal(new AccountCostFigures(0m, 0m, "USD", Nine), AccountCosts.For(Account(Member, AccountKind.Member, Root), costs));
    }

    [Fact]
    public void Without_figures_from_its_management_account_an_account_has_none()
    {
        var costs = ByRoot(Costs(Root, null), Costs(OtherRoot, Nine, (OtherRoot, 1m, 1m)));

        Assert.Null(AccountCosts.For(Account(Member, AccountKind.Member, Root), costs));
        Assert.Null(AccountCosts.For(Account(Root, AccountKind.Management), costs));
    }

    [Fact]
    public void A_member_with_credentials_of_its_own_is_found_in_whichever_breakdown_lists_it()
    {
        var costs = ByRoot(Costs(Root, Nine, (Root, 1m, 1m)), Costs(OtherRoot, Nine.AddHours(-1), (Member, 4m, 8m)));

        Assert.Equal(new AccountCostFigures(4m, 8m, "USD", Nine.AddHours(-1)), AccountCosts.For(Account(Member, AccountKind.Member), costs));
    }
}
