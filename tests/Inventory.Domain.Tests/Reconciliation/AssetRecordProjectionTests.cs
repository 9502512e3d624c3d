using Inventory.Domain.Assets;
using Inventory.Domain.Observations;
using Inventory.Domain.Reconciliation;
using JasperFx.Events;
using static Inventory.Domain.Tests.Reconciliation.ScopeDecisions;

namespace Inventory.Domain.Tests.Reconciliation;

public class AssetRecordProjectionTests
{
    private static readonly DateTimeOffset SeenAt = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Cause Job = Cause.DiscoveryJob("job-1");
    private readonly AssetRecordProjection _projection = new();

    private static AssetSeen Seen(IReadOnlyDictionary<string, string> fields, bool reappeared = false, DateTimeOffset? at = null) =>
        new("ast-1", "111111111111", "eu-west-1", "ec2", "ec2:instance", fields, reappeared, at ?? SeenAt, Job);

    private AssetRecord? Evolve(AssetRecord? record, object @event) => _projection.Evolve(record, "ast-1", Event.AsEvent(@event));

    [Fact]
    public void An_asset_seen_starts_an_active_record_with_its_keys_and_fingerprint()
    {
        var fields = AssetDescription.Normalise(Resources.Ec2Instance("i-1"), VolatileFields.Default);

        var record = Evolve(null, Seen(fields))!;

        Assert.Equal("ast-1", record.Id);
        Assert.Equal("scope:111111111111:eu-west-1:ec2", record.ScopeKey);
        Assert.Equal(("111111111111", "eu-west-1", "ec2", "ec2:instance"), (record.AccountId, record.Region, record.Service, record.ResourceType));
        Assert.Equal((Resources.InstanceArn("i-1"), "i-1", "web-i-1"), (record.Arn, record.ResourceId, record.Name));
        Assert.Equal(AssetStatus.Active, record.Status);
        Assert.Equal(AssetDescription.Fingerprint(fields), record.Fingerprint);
        Assert.Equal(SeenAt, record.LastObservedAt);
    }

    [Fact]
    public void An_asset_changed_takes_its_keys_from_the_changes_and_its_fingerprint_from_the_event()
    {
        var record = Evolve(null, Seen(new Dictionary<string, string> { ["name"] = "web", ["state"] = "running" }))!;
        var changedAt = SeenAt.AddHours(1);

        record = Evolve(record, new AssetChanged("ast-1", "111111111111", "eu-west-1", "ec2", "ec2:instance",
            [new FieldChange("arn", null, "arn:x"), new FieldChange("name", "web", null), new FieldChange("state", "running", "stopped")],
            changedAt, Job, AssetDescription.Fingerprint(Fields(("arn", "arn:x"), ("state", "stopped")))))!;

        Assert.Equal("arn:x", record.Arn);
        Assert.Null(record.Name);
        Assert.Equal(AssetDescription.Fingerprint(Fields(("arn", "arn:x"), ("state", "stopped"))), record.Fingerprint);
        Assert.Equal(changedAt, record.LastObservedAt);
        Assert.Equal(AssetStatus.Active, record.Status);
    }

    [Fact]
    public void An_asset_gone_keeps_its_keys_fingerprint_and_observation_time()
    {
        var record = Evolve(null, Seen(new Dictionary<string, string> { ["name"] = "web" }))!;

        record = Evolve(record, new AssetGone("ast-1", "111111111111", "eu-west-1", "ec2", "ec2:instance",
            GoneReason.AbsentFromCleanScan, SeenAt, SeenAt.AddHours(2), Job))!;

        Assert.Equal(AssetStatus.Gone, record.Status);
        Assert.Equal("web", record.Name);
        Assert.Equal(AssetDescription.Fingerprint(Fields(("name", "web"))), record.Fingerprint);
        Assert.Equal(SeenAt, record.LastObservedAt);
    }

    [Fact]
    public void An_asset_seen_again_takes_the_new_keys_and_fingerprint_and_is_active()
    {
        var record = Evolve(null, Seen(new Dictionary<string, string> { ["name"] = "web", ["tags.env"] = "prod" }))!;
        record = Evolve(record, new AssetGone("ast-1", "111111111111", "eu-west-1", "ec2", "ec2:instance",
            GoneReason.Terminated, SeenAt, SeenAt.AddHours(1), Job))!;

        record = Evolve(record, Seen(new Dictionary<string, string> { ["name"] = "web-2" }, reappeared: true, at: SeenAt.AddHours(2)))!;

        Assert.Equal(AssetStatus.Active, record.Status);
        Assert.Equal(AssetDescription.Fingerprint(Fields(("name", "web-2"))), record.Fingerprint);
        Assert.Equal("web-2", record.Name);
        Assert.Equal(SeenAt.AddHours(2), record.LastObservedAt);
    }

    [Fact]
    public void A_change_or_gone_without_a_record_creates_nothing()
    {
        Assert.Null(Evolve(null, new AssetChanged("ast-1", "111111111111", "eu-west-1", "ec2", "ec2:instance", [], SeenAt, Job)));
        Assert.Null(Evolve(null, new AssetGone("ast-1", "111111111111", "eu-west-1", "ec2", "ec2:instance",
            GoneReason.AbsentFromCleanScan, SeenAt, SeenAt, Job)));
    }
}
