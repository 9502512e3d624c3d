using Inventory.Domain.Accounts.Removal;
using Inventory.Domain.Assets;
using Inventory.Domain.Reconciliation;

namespace Inventory.Domain.Tests.Accounts.Removal;

/// <summary>Marking a removed account's assets gone, decided from write-side records alone.</summary>
public sealed class AccountAssetsGoneTests
{
    private const string Account = "600000000001";
    private const string Scope = "scope:600000000001:eu-west-1:ec2";
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset RemovedAt = Monday.AddDays(3);
    private static readonly Cause Alice = Cause.User("alice");

    private static AssetRecord Record(string id, AssetStatus status = AssetStatus.Active, string account = Account, string scope = Scope,
        DateTimeOffset? observedAt = null) => new()
    {
        Id = id, ScopeKey = scope, AccountId = account, Region = "eu-west-1", Service = "ec2", ResourceType = "ec2:instance",
        Status = status, LastObservedAt = observedAt ?? Monday,
    };

    private static IReadOnlyList<ScopeAssetsGone> Decide(IReadOnlyList<AssetRecord> records, DateTimeOffset? lastCleanScan = null) =>
        AccountAssetsGone.Decide(Account, records, new Dictionary<string, DateTimeOffset?> { [Scope] = lastCleanScan }, RemovedAt, Alice);

    [Fact]
    public void Every_active_asset_goes_for_the_account_removal_caused_by_the_user_and_the_scope_records_it()
    {
        var decided = Assert.Single(Decide([Record("ast-b"), Record("ast-a")], lastCleanScan: Monday.AddDays(1)));

        Assert.Equal(Scope, decided.ScopeKey);
        Assert.Equal(
            [
                new AssetGone("ast-a", Account, "eu-west-1", "ec2", "ec2:instance", GoneReason.AccountRemoved, Monday.AddDays(1), RemovedAt, Alice),
                new AssetGone("ast-b", Account, "eu-west-1", "ec2", "ec2:instance", GoneReason.AccountRemoved, Monday.AddDays(1), RemovedAt, Alice),
            ],
            decided.Events);
        Assert.Equal(new AccountAssetsMarkedGone(Account, "eu-west-1", "ec2", 2, RemovedAt, Alice), decided.ScopeEvent);
    }

    [Fact]
    public void Last_seen_is_the_later_of_the_last_observation_and_the_last_clean_scan()
    {
        var decided = Assert.Single(Decide([Record("ast-a", observedAt: Monday.AddDays(2))], lastCleanScan: Monday.AddDays(1)));
        Assert.Equal(Monday.AddDays(2), Assert.Single(decided.Events).LastSeenAt);
        Assert.Equal(Monday, Assert.Single(Assert.Single(Decide([Record("ast-a")])).Events).LastSeenAt);
    }

    [Fact]
    public void Assets_already_gone_and_other_accounts_assets_decide_nothing_so_a_redelivered_batch_is_harmless()
    {
        var records = new[]
        {
            Record("ast-a", AssetStatus.Gone),
            Record("ast-other", account: "600000000002", scope: "scope:600000000002:eu-west-1:ec2"),
        };
        Assert.Empty(Decide(records));
    }

    [Fact]
    public void Assets_of_several_scopes_are_decided_per_scope()
    {
        var s3 = "scope:600000000001:global:s3";
        var bucket = Record("ast-b", scope: s3);
        (bucket.Region, bucket.Service, bucket.ResourceType) = ("global", "s3", "s3:bucket");
        var records = new[] { Record("ast-a"), bucket };

        var decided = Decide(records);

        Assert.Equal([(Scope, 1), (s3, 1)], decided.Select(d => (d.ScopeKey, d.ScopeEvent.Assets)));
        Assert.Equal(("global", "s3", "ast-b"), (decided[1].ScopeEvent.Region, decided[1].ScopeEvent.Service, Assert.Single(decided[1].Events).AssetId));
    }
}
