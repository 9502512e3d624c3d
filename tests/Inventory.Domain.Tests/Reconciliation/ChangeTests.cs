using Inventory.Domain.Assets;
using Inventory.Domain.Observations;
using Inventory.Domain.Reconciliation;
using static Inventory.Domain.Tests.Reconciliation.ScopeDecisions;

namespace Inventory.Domain.Tests.Reconciliation;

public class ChangeTests
{
    [Fact]
    public void Given_a_scope_that_saw_an_instance_when_a_clean_scan_lists_it_unchanged_then_only_the_scope_is_scanned()
    {
        var instance = Resources.Ec2Instance("i-1");
        var history = new ScopeHistory().Saw(instance);
        var observedBefore = history.AssetFor(instance).LastObservedAt;

        var decision = history.Scan(instance);

        Assert.Empty(decision.Appends);
        Assert.Empty(decision.Ambiguities);
        Assert.Equal(Counts(observed: 1, unchanged: 1), decision.Scanned().Counts);
        Assert.Equal(history.LastScanAt, decision.Scanned().ScannedAt);
        Assert.Equal(observedBefore, history.AssetFor(instance).LastObservedAt);
    }

    [Fact]
    public void A_state_and_attribute_change_is_one_asset_changed_with_exactly_those_fields()
    {
        var running = Resources.Ec2Instance("i-1", state: "running", instanceType: "t3.micro");
        var history = new ScopeHistory().Saw(running);
        var assetId = history.AssetIdOf(running);
        var at = history.NextScanAt;
        var cause = history.NextCause;

        var decision = history.Scan(running with { State = "stopped", Attributes = Resources.Json("""{"InstanceType":"t3.large"}""") });

        var append = Assert.Single(decision.Appends);
        Assert.False(append.IsNew);
        Assert.Equal(assetId, append.AssetId);
        var changed = Assert.IsType<AssetChanged>(append.Event);
        Assert.Equal(assetId, changed.AssetId);
        Assert.Equal(
            [
                new FieldChange("attributes.InstanceType", "t3.micro", "t3.large"),
                new FieldChange("state", "running", "stopped"),
            ],
            changed.Changes);
        Assert.Equal(("111111111111", "eu-west-1", "ec2", "ec2:instance"), (changed.AccountId, changed.Region, changed.Service, changed.ResourceType));
        Assert.Equal(at, changed.ObservedAt);
        Assert.Equal(cause, changed.Cause);
        Assert.Equal(Counts(observed: 1, changed: 1), decision.Scanned().Counts);
    }

    [Fact]
    public void After_a_change_is_applied_the_same_observation_again_is_unchanged()
    {
        var running = Resources.Ec2Instance("i-1");
        var stopped = running with { State = "stopped" };
        var history = new ScopeHistory().Saw(running).Saw(stopped);

        var decision = history.Scan(stopped);

        Assert.Empty(decision.Appends);
        Assert.Equal(Counts(observed: 1, unchanged: 1), decision.Counts);
        Assert.Equal("stopped", history.Description(history.AssetIdOf(running))["state"]);
    }

    [Fact]
    public void A_tag_added_is_a_change_from_null()
    {
        var instance = Resources.Ec2Instance("i-1");
        var history = new ScopeHistory().Saw(instance);

        var decision = history.Scan(instance with { Tags = Resources.Tags(("env", "prod"), ("owner", "team-a")) });

        Assert.Equal([new FieldChange("tags.owner", null, "team-a")], decision.SingleEvent<AssetChanged>().Changes);
    }

    [Fact]
    public void A_tag_removed_is_a_change_to_null()
    {
        var instance = Resources.Ec2Instance("i-1") with { Tags = Resources.Tags(("env", "prod"), ("owner", "team-a")) };
        var history = new ScopeHistory().Saw(instance);

        var decision = history.Scan(instance with { Tags = Resources.Tags(("owner", "team-a")) });

        Assert.Equal([new FieldChange("tags.env", "prod", null)], decision.SingleEvent<AssetChanged>().Changes);
        Assert.False(history.Description(history.AssetIdOf(instance)).ContainsKey("tags.env"));
    }

    [Fact]
    public void A_tag_value_changed_is_a_change_of_that_tag_only()
    {
        var instance = Resources.Ec2Instance("i-1") with { Tags = Resources.Tags(("env", "prod"), ("owner", "team-a")) };
        var history = new ScopeHistory().Saw(instance);

        var decision = history.Scan(instance with { Tags = Resources.Tags(("env", "staging"), ("owner", "team-a")) });

        Assert.Equal([new FieldChange("tags.env", "prod", "staging")], decision.SingleEvent<AssetChanged>().Changes);
        Assert.Equal("staging", history.Description(history.AssetIdOf(instance))["tags.env"]);
    }

    [Fact]
    public void A_tag_with_an_empty_value_is_kept_and_its_addition_is_a_change()
    {
        var instance = Resources.Ec2Instance("i-1");
        var history = new ScopeHistory().Saw(instance);

        var decision = history.Scan(instance with { Tags = Resources.Tags(("env", "prod"), ("backup", "")) });

        Assert.Equal([new FieldChange("tags.backup", null, "")], decision.SingleEvent<AssetChanged>().Changes);
        Assert.Equal("", history.Description(history.AssetIdOf(instance))["tags.backup"]);
    }

    [Fact]
    public void Addresses_listed_in_another_order_or_repeated_are_not_a_change()
    {
        var instance = Resources.Ec2Instance("i-1") with
        {
            IpAddresses = ["10.0.0.5", "10.0.0.6", "54.1.2.3"],
            DnsNames = ["a.example.com", "b.example.com"],
            Related = [new("security-group", "sg-1"), new("security-group", "sg-2"), new("subnet", "subnet-1")],
        };
        var history = new ScopeHistory().Saw(instance);

        var decision = history.Scan(instance with
        {
            IpAddresses = ["54.1.2.3", "10.0.0.6", "10.0.0.5", "10.0.0.6"],
            DnsNames = ["b.example.com", "a.example.com"],
            Related = [new("subnet", "subnet-1"), new("security-group", "sg-2"), new("security-group", "sg-1")],
        });

        Assert.Empty(decision.Appends);
        Assert.Equal(Counts(observed: 1, unchanged: 1), decision.Counts);
    }

    [Fact]
    public void An_address_added_is_a_change_of_the_whole_sorted_list()
    {
        var instance = Resources.Ec2Instance("i-1") with { IpAddresses = ["10.0.0.5"] };
        var history = new ScopeHistory().Saw(instance);

        var decision = history.Scan(instance with { IpAddresses = ["54.1.2.3", "10.0.0.5"] });

        Assert.Equal([new FieldChange("ip_addresses", """["10.0.0.5"]""", """["10.0.0.5","54.1.2.3"]""")],
            decision.SingleEvent<AssetChanged>().Changes);
    }

    [Fact]
    public void A_related_resource_swapped_is_a_change_of_that_kind_only()
    {
        var instance = Resources.Ec2Instance("i-1") with { Related = [new("subnet", "subnet-1"), new("security-group", "sg-1")] };
        var history = new ScopeHistory().Saw(instance);

        var decision = history.Scan(instance with { Related = [new("subnet", "subnet-1"), new("security-group", "sg-9")] });

        Assert.Equal([new FieldChange("related.security-group", """["sg-1"]""", """["sg-9"]""")], decision.SingleEvent<AssetChanged>().Changes);
    }

    [Fact]
    public void A_volatile_attribute_of_an_rds_instance_changing_is_not_a_change()
    {
        var history = new ScopeHistory(Resources.RdsScope);
        history.Saw(Resources.RdsInstance("orders", latestRestorableTime: "2025-03-01T07:55:00Z"));

        var decision = history.Scan(Resources.RdsInstance("orders", latestRestorableTime: "2025-03-01T08:55:00Z"));

        Assert.Empty(decision.Appends);
        Assert.Equal(Counts(observed: 1, unchanged: 1), decision.Scanned().Counts);
        var record = Assert.Single(history.Assets);
        Assert.False(history.Description(record.Id).ContainsKey("attributes.LatestRestorableTime"));
        Assert.Equal("postgres", history.Description(record.Id)["attributes.Engine"]);
    }

    [Fact]
    public void The_same_attribute_changing_on_a_type_that_does_not_ignore_it_is_a_change()
    {
        var history = new ScopeHistory(Resources.RdsScope);
        history.Saw(Resources.RdsInstance("orders", "2025-03-01T07:55:00Z", resourceType: "rds:db-proxy"));

        var decision = history.Scan(Resources.RdsInstance("orders", "2025-03-01T08:55:00Z", resourceType: "rds:db-proxy"));

        var changed = decision.SingleEvent<AssetChanged>();
        Assert.Equal([new FieldChange("attributes.LatestRestorableTime", "2025-03-01T07:55:00Z", "2025-03-01T08:55:00Z")], changed.Changes);
        Assert.Equal("rds:db-proxy", changed.ResourceType);
    }

    [Fact]
    public void A_volatile_attribute_changing_alongside_a_real_change_leaves_only_the_real_change()
    {
        var history = new ScopeHistory(Resources.RdsScope);
        var before = Resources.RdsInstance("orders", "2025-03-01T07:55:00Z");
        history.Saw(before);

        var decision = history.Scan(Resources.RdsInstance("orders", "2025-03-01T08:55:00Z") with { State = "modifying" });

        Assert.Equal([new FieldChange("state", "available", "modifying")], decision.SingleEvent<AssetChanged>().Changes);
    }

    [Fact]
    public void A_custom_volatile_field_list_replaces_the_defaults()
    {
        var volatileFields = new VolatileFields(new Dictionary<string, string[]> { ["ec2:instance"] = ["LaunchTime"] });
        var instance = Resources.Ec2Instance("i-1") with { Attributes = Resources.Json("""{"InstanceType":"t3.micro","LaunchTime":"2025-01-01T00:00:00Z"}""") };
        var instances = new ScopeHistory(volatileFields: volatileFields).Saw(instance);
        var databases = new ScopeHistory(Resources.RdsScope, volatileFields).Saw(Resources.RdsInstance("orders", "2025-03-01T07:55:00Z"));

        var instanceDecision = instances.Scan(instance with { Attributes = Resources.Json("""{"InstanceType":"t3.micro","LaunchTime":"2025-02-02T00:00:00Z"}""") });
        var databaseDecision = databases.Scan(Resources.RdsInstance("orders", "2025-03-01T08:55:00Z"));

        Assert.Empty(instanceDecision.Appends);
        Assert.Equal(Counts(observed: 1, unchanged: 1), instanceDecision.Counts);
        // The custom list does not include the defaults: rds:db-instance's timestamp is no longer ignored.
        Assert.Equal([new FieldChange("attributes.LatestRestorableTime", "2025-03-01T07:55:00Z", "2025-03-01T08:55:00Z")],
            databaseDecision.SingleEvent<AssetChanged>().Changes);
    }

    [Fact]
    public void Nested_attributes_under_an_ignored_path_are_ignored_but_a_sibling_sharing_its_prefix_is_not()
    {
        var volatileFields = new VolatileFields(new Dictionary<string, string[]> { ["ec2:instance"] = ["Monitoring"] });
        var instance = Resources.Ec2Instance("i-1") with
        {
            Attributes = Resources.Json("""{"Monitoring":{"State":"enabled","Checked":{"At":"08:00"}},"MonitoringMode":"basic"}"""),
        };
        var history = new ScopeHistory(volatileFields: volatileFields).Saw(instance);

        var decision = history.Scan(instance with
        {
            Attributes = Resources.Json("""{"Monitoring":{"State":"pending","Checked":{"At":"09:00"}},"MonitoringMode":"detailed"}"""),
        });

        Assert.Equal([new FieldChange("attributes.MonitoringMode", "basic", "detailed")], decision.SingleEvent<AssetChanged>().Changes);
    }

    [Fact]
    public void An_attribute_that_disappears_is_a_change_to_null()
    {
        var instance = Resources.Ec2Instance("i-1") with { Attributes = Resources.Json("""{"InstanceType":"t3.micro","KeyName":"deploy"}""") };
        var history = new ScopeHistory().Saw(instance);

        var decision = history.Scan(instance with { Attributes = Resources.Json("""{"InstanceType":"t3.micro","KeyName":null}""") });

        Assert.Equal([new FieldChange("attributes.KeyName", "deploy", null)], decision.SingleEvent<AssetChanged>().Changes);
    }

    [Fact]
    public void A_change_is_decided_against_the_description_and_not_only_the_fingerprint()
    {
        // A record whose fingerprint was not kept up to date still yields the exact field changes, and none when fields are equal.
        var instance = Resources.Ec2Instance("i-1");
        var history = new ScopeHistory().Saw(instance);
        var record = history.AssetFor(instance);
        record.Fingerprint = "stale";

        var same = Reconciler.Decide(history.State, ScopeScan.Clean(history.Scope, history.NextScanAt, history.NextCause, [instance]), VolatileFields.Default, history.Description);
        var stopped = Reconciler.Decide(history.State,
            ScopeScan.Clean(history.Scope, history.NextScanAt, history.NextCause, [instance with { State = "stopped" }]), VolatileFields.Default, history.Description);

        Assert.Empty(same.Appends);
        Assert.Equal(Counts(observed: 1, unchanged: 1), same.Counts);
        Assert.Equal([new FieldChange("state", "running", "stopped")], stopped.SingleEvent<AssetChanged>().Changes);
    }
}
