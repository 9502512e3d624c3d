using Inventory.Domain.Assets;
using Inventory.Domain.Observations;
using Inventory.Domain.Reconciliation;
using Inventory.Domain.Scopes;
using static Inventory.Domain.Tests.Reconciliation.ScopeDecisions;

namespace Inventory.Domain.Tests.Reconciliation;

public class FirstSightTests
{
    private static readonly ScopeId Scope = new("111111111111", "eu-west-1", "ec2");
    private static readonly DateTimeOffset ScannedAt = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Cause Job = Cause.DiscoveryJob("job-42");

    private static readonly Observation Instance = new()
    {
        Arn = "arn:aws:ec2:eu-west-1:111111111111:instance/i-0abc",
        ResourceId = "i-0abc",
        Name = "web-1",
        ResourceType = "ec2:instance",
        State = "running",
        Tags = Resources.Tags(("env", "prod"), ("Name", "web-1")),
        IpAddresses = ["54.1.2.3", "10.0.0.5", "54.1.2.3"],
        DnsNames = ["ip-10-0-0-5.eu-west-1.compute.internal"],
        Related = [new("subnet", "subnet-1"), new("security-group", "sg-2"), new("security-group", "sg-1")],
        Attributes = Resources.Json("""
            {"InstanceType":"t3.micro","EbsOptimized":false,"CpuOptions":{"CoreCount":1},"Placement":{"AvailabilityZone":"eu-west-1a","GroupName":null}}
            """),
    };

    [Fact]
    public void A_resource_never_seen_in_the_scope_becomes_a_new_asset_seen_with_its_normalised_description()
    {
        var decision = Reconciler.Decide(ScopeState.Empty, ScopeScan.Clean(Scope, ScannedAt, Job, [Instance]), VolatileFields.Default, NoHistory);

        var append = Assert.Single(decision.Appends);
        Assert.True(append.IsNew);
        Assert.Equal(AssetKey.For(Scope, Instance), append.AssetId);
        var seen = Assert.IsType<AssetSeen>(append.Event);
        Assert.Equal(append.AssetId, seen.AssetId);
        Assert.Equal("111111111111", seen.AccountId);
        Assert.Equal("eu-west-1", seen.Region);
        Assert.Equal("ec2", seen.Service);
        Assert.Equal("ec2:instance", seen.ResourceType);
        Assert.False(seen.Reappeared);
        Assert.Equal(ScannedAt, seen.ObservedAt);
        Assert.Equal(Job, seen.Cause);
        Assert.Equal(
            Fields(
                ("arn", "arn:aws:ec2:eu-west-1:111111111111:instance/i-0abc"),
                ("resource_id", "i-0abc"),
                ("name", "web-1"),
                ("state", "running"),
                ("tags.Name", "web-1"),
                ("tags.env", "prod"),
                ("ip_addresses", """["10.0.0.5","54.1.2.3"]"""),
                ("dns_names", """["ip-10-0-0-5.eu-west-1.compute.internal"]"""),
                ("related.security-group", """["sg-1","sg-2"]"""),
                ("related.subnet", """["subnet-1"]"""),
                ("attributes.InstanceType", "t3.micro"),
                ("attributes.EbsOptimized", "false"),
                ("attributes.CpuOptions.CoreCount", "1"),
                ("attributes.Placement.AvailabilityZone", "eu-west-1a")),
            Sorted(seen.Fields));
    }

    [Fact]
    public void A_first_sight_is_counted_as_new_in_the_scope_scanned_event()
    {
        var decision = Reconciler.Decide(ScopeState.Empty, ScopeScan.Clean(Scope, ScannedAt, Job, [Instance]), VolatileFields.Default, NoHistory);

        var scanned = decision.Scanned();
        Assert.Equal(Counts(observed: 1, @new: 1), scanned.Counts);
        Assert.Equal(new ScopeScanned("111111111111", "eu-west-1", "ec2", ScannedAt, Job, Counts(observed: 1, @new: 1)), scanned);
        Assert.Equal(Scope, decision.Scope);
        Assert.Empty(decision.Ambiguities);
    }

    [Fact]
    public void Several_new_resources_each_get_their_own_asset_keyed_by_their_best_match_key()
    {
        var byArn = Resources.Ec2Instance("i-1");
        var byId = new Observation { ResourceId = "vol-1", ResourceType = "ec2:volume" };
        var byName = Resources.Named("deploy-key");

        var decision = Reconciler.Decide(ScopeState.Empty, ScopeScan.Clean(Scope, ScannedAt, Job, [byArn, byId, byName]), VolatileFields.Default, NoHistory);

        Assert.Equal(
            new[] { AssetKey.For(Scope, byArn), AssetKey.For(Scope, byId), AssetKey.For(Scope, byName) }.Order(StringComparer.Ordinal),
            decision.Appends.Select(a => a.AssetId).Order(StringComparer.Ordinal));
        Assert.All(decision.Appends, a => Assert.True(a.IsNew));
        Assert.Equal(
            new[] { "ec2:instance", "ec2:key-pair", "ec2:volume" },
            decision.Appends.Select(a => Assert.IsType<AssetSeen>(a.Event).ResourceType).Order(StringComparer.Ordinal));
        Assert.Equal(Counts(observed: 3, @new: 3), decision.Scanned().Counts);
    }

    [Fact]
    public void The_projected_asset_record_carries_the_keys_the_next_scan_matches_on()
    {
        var history = new ScopeHistory();

        history.Scan(Instance);

        var record = Assert.Single(history.Assets);
        Assert.Equal(AssetKey.For(history.Scope, Instance), record.Id);
        Assert.Equal("scope:111111111111:eu-west-1:ec2", record.ScopeKey);
        Assert.Equal("arn:aws:ec2:eu-west-1:111111111111:instance/i-0abc", record.Arn);
        Assert.Equal("i-0abc", record.ResourceId);
        Assert.Equal("web-1", record.Name);
        Assert.Equal(AssetStatus.Active, record.Status);
        Assert.Equal(history.LastScanAt, record.LastObservedAt);
        Assert.Equal(AssetDescription.Fingerprint(AssetDescription.Normalise(Instance, VolatileFields.Default)), record.Fingerprint);
    }

    private static IReadOnlyDictionary<string, string> NoHistory(string assetId) =>
        throw new InvalidOperationException($"A first sight never needs the history of {assetId}.");
}
