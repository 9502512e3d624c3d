using Inventory.Domain.Assets;
using Inventory.Domain.Dashboard;

namespace Inventory.Domain.Tests.Dashboard;

public sealed class AssetCountingTests
{
    private static readonly Dictionary<string, string> Defaults = new() { ["ec2"] = "compute", ["s3"] = "storage", ["manual"] = "applications" };

    private static AssetGroup Group(string service, string account, string region, AssetStatus status, long count, string category = "", string criticality = "") =>
        new(service, account, region, category, criticality, status, count);

    [Fact]
    public void Every_dimension_adds_up_to_the_totals_with_each_status_and_unset_values_under_a_null_key_first_among_equals()
    {
        var counts = AssetCounting.Count(
        [
            Group("ec2", "111", "eu-west-1", AssetStatus.Active, 3, criticality: "high"),
            Group("ec2", "111", "eu-west-1", AssetStatus.Inactive, 1, criticality: "high"),
            Group("ec2", "222", "us-east-1", AssetStatus.Gone, 2),
            Group("s3", "111", "global", AssetStatus.Active, 1, category: "database", criticality: "critical"),
            Group("manual", "", "", AssetStatus.Decommissioned, 1, criticality: "low"),
            Group("manual", "", "", AssetStatus.Active, 2),
        ], Defaults);

        Assert.Equal(new StatusCounts(10, 6, 1, 2, 1), counts.Totals);
        Assert.Equal(
            [new CountLine("ec2", 6, 3, 1, 2, 0), new CountLine("manual", 3, 2, 0, 0, 1), new CountLine("s3", 1, 1, 0, 0, 0)],
            counts.ByService);
        Assert.Equal(
            [new CountLine("111", 5, 4, 1, 0, 0), new CountLine(null, 3, 2, 0, 0, 1), new CountLine("222", 2, 0, 0, 2, 0)],
            counts.ByAccount);
        Assert.Equal(
            [new CountLine("eu-west-1", 4, 3, 1, 0, 0), new CountLine(null, 3, 2, 0, 0, 1), new CountLine("us-east-1", 2, 0, 0, 2, 0), new CountLine("global", 1, 1, 0, 0, 0)],
            counts.ByRegion);
        Assert.Equal(
            [new CountLine("compute", 6, 3, 1, 2, 0), new CountLine("applications", 3, 2, 0, 0, 1), new CountLine("database", 1, 1, 0, 0, 0)],
            counts.ByCategory);
        Assert.Equal(
            [new CountLine(null, 4, 2, 0, 2, 0), new CountLine("high", 4, 3, 1, 0, 0), new CountLine("critical", 1, 1, 0, 0, 0), new CountLine("low", 1, 0, 0, 0, 1)],
            counts.ByCriticality);
        Assert.Equal(
            [new CountLine("Active", 6, 6, 0, 0, 0), new CountLine("Gone", 2, 0, 0, 2, 0), new CountLine("Inactive", 1, 0, 1, 0, 0), new CountLine("Decommissioned", 1, 0, 0, 0, 1)],
            counts.ByStatus);
    }

    [Fact]
    public void A_chosen_category_wins_over_the_service_default_and_a_service_without_one_falls_in_none()
    {
        Assert.Equal("database", AssetCounting.EffectiveCategory(Group("s3", "1", "r", AssetStatus.Active, 1, category: "database"), Defaults));
        Assert.Equal("storage", AssetCounting.EffectiveCategory(Group("s3", "1", "r", AssetStatus.Active, 1), Defaults));
        var counts = AssetCounting.Count([Group("kafka", "1", "r", AssetStatus.Active, 2)], Defaults);
        Assert.Equal([new CountLine(null, 2, 2, 0, 0, 0)], counts.ByCategory);
    }

    [Fact]
    public void An_empty_register_counts_zero_of_every_status()
    {
        var counts = AssetCounting.Count([], Defaults);
        Assert.Equal(new StatusCounts(0, 0, 0, 0, 0), counts.Totals);
        Assert.Empty(counts.ByService);
        Assert.Equal(["Active", "Gone", "Inactive", "Decommissioned"], counts.ByStatus.Select(l => l.Key));
        Assert.All(counts.ByStatus, l => Assert.Equal(0, l.Total));
    }
}
