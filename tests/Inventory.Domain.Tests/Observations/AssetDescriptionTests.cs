using Inventory.Domain.Assets;
using Inventory.Domain.Observations;
using Inventory.Domain.Tests.Reconciliation;
using static Inventory.Domain.Tests.Reconciliation.ScopeDecisions;

namespace Inventory.Domain.Tests.Observations;

public class AssetDescriptionTests
{
    private static SortedList<string, string> Normalise(Observation observation) =>
        AssetDescription.Normalise(observation, VolatileFields.Default);

    private static SortedDictionary<string, string> Description(params (string Field, string Value)[] fields)
    {
        var description = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, value) in fields)
            description[field] = value;
        return description;
    }

    [Fact]
    public void Empty_or_missing_scalars_and_empty_lists_are_left_out()
    {
        var description = Normalise(new Observation
        {
            Arn = "",
            ResourceId = "i-1",
            Name = null,
            ResourceType = "ec2:instance",
            State = "",
            IpAddresses = [],
            DnsNames = ["", ""],
        });

        Assert.Equal(Fields(("resource_id", "i-1")), Sorted(description));
    }

    [Fact]
    public void The_resource_type_is_not_part_of_the_description()
    {
        var description = Normalise(new Observation { ResourceId = "i-1", ResourceType = "ec2:instance" });

        Assert.Equal(["resource_id"], description.Keys);
    }

    [Fact]
    public void Lists_are_sorted_ordinally_and_deduplicated_into_a_json_array()
    {
        var description = Normalise(new Observation
        {
            ResourceId = "i-1",
            ResourceType = "ec2:instance",
            IpAddresses = ["10.0.0.9", "10.0.0.10", "", "10.0.0.9"],
            DnsNames = ["b.example.com", "A.example.com"],
        });

        Assert.Equal("""["10.0.0.10","10.0.0.9"]""", description["ip_addresses"]);
        Assert.Equal("""["A.example.com","b.example.com"]""", description["dns_names"]);
    }

    [Fact]
    public void Related_resources_are_grouped_by_kind_as_sorted_lists()
    {
        var description = Normalise(new Observation
        {
            ResourceId = "i-1",
            ResourceType = "ec2:instance",
            Related = [new("volume", "vol-2"), new("subnet", "subnet-1"), new("volume", "vol-1"), new("volume", "vol-2")],
        });

        Assert.Equal(
            Fields(("resource_id", "i-1"), ("related.subnet", """["subnet-1"]"""), ("related.volume", """["vol-1","vol-2"]""")),
            Sorted(description));
    }

    [Fact]
    public void Attributes_are_flattened_to_dotted_paths_with_strings_raw_and_other_values_as_compact_json()
    {
        var description = Normalise(new Observation
        {
            ResourceId = "i-1",
            ResourceType = "ec2:instance",
            Attributes = Resources.Json("""
                {
                  "InstanceType": "t3.micro",
                  "CoreCount": 2,
                  "Ratio": 0.5,
                  "EbsOptimized": true,
                  "Empty": "",
                  "Nothing": null,
                  "NoItems": [],
                  "NoFields": {},
                  "Ports": [443, 80],
                  "Groups": [ {"Id": "sg-1"} ],
                  "Placement": { "Zone": "eu-west-1a", "Host": { "Id": "h-1" } }
                }
                """),
        });

        Assert.Equal(
            Fields(
                ("resource_id", "i-1"),
                ("attributes.InstanceType", "t3.micro"),
                ("attributes.CoreCount", "2"),
                ("attributes.Ratio", "0.5"),
                ("attributes.EbsOptimized", "true"),
                ("attributes.Empty", ""),
                ("attributes.Ports", "[443,80]"),
                ("attributes.Groups", """[{"Id":"sg-1"}]"""),
                ("attributes.Placement.Zone", "eu-west-1a"),
                ("attributes.Placement.Host.Id", "h-1")),
            Sorted(description));
    }

    [Fact]
    public void Volatile_paths_are_only_dropped_from_attributes_and_only_for_their_resource_type()
    {
        var observation = new Observation
        {
            ResourceId = "orders",
            ResourceType = "rds:db-instance",
            Tags = Resources.Tags(("LatestRestorableTime", "kept")),
            Attributes = Resources.Json("""{"LatestRestorableTime":"2025-03-01T08:00:00Z","LatestRestorableTimeZone":"UTC"}"""),
        };

        var asInstance = Normalise(observation);
        var asSnapshot = Normalise(observation with { ResourceType = "rds:db-snapshot" });

        Assert.Equal(
            Fields(("resource_id", "orders"), ("tags.LatestRestorableTime", "kept"), ("attributes.LatestRestorableTimeZone", "UTC")),
            Sorted(asInstance));
        Assert.Equal("2025-03-01T08:00:00Z", asSnapshot["attributes.LatestRestorableTime"]);
    }

    [Fact]
    public void Diff_lists_added_removed_and_changed_fields_ordered_by_field()
    {
        var old = Description(("state", "running"), ("tags.env", "prod"), ("tags.owner", "a"), ("name", "web"));
        var @new = Description(("state", "stopped"), ("tags.owner", "a"), ("name", "web"), ("attributes.Zone", "eu-west-1a"));

        var changes = AssetDescription.Diff(old, @new);

        Assert.Equal(
            [
                new FieldChange("attributes.Zone", null, "eu-west-1a"),
                new FieldChange("state", "running", "stopped"),
                new FieldChange("tags.env", "prod", null),
            ],
            changes);
    }

    [Fact]
    public void Diff_of_equal_descriptions_is_empty_and_values_compare_ordinally()
    {
        var old = Description(("name", "web"), ("state", "running"));

        Assert.Empty(AssetDescription.Diff(old, Description(("state", "running"), ("name", "web"))));
        Assert.Equal([new FieldChange("name", "web", "Web")], AssetDescription.Diff(old, Description(("name", "Web"), ("state", "running"))));
    }

    public static TheoryData<string, string> DescriptionPairs => new()
    {
        { "", "name=web;state=running" },
        { "name=web;state=running", "" },
        { "name=web;state=running", "name=web;state=stopped" },
        { "name=web;tags.env=prod", "name=web;tags.owner=a;tags.env=staging" },
        { "arn=a;resource_id=i-1;tags.empty=", "arn=b;tags.empty=x;attributes.A.B=1" },
        { "name=web", "name=web" },
    };

    [Theory]
    [MemberData(nameof(DescriptionPairs))]
    public void Applying_the_diff_of_two_descriptions_to_the_old_one_gives_the_new_one(string oldText, string newText)
    {
        var old = Parse(oldText);
        var @new = Parse(newText);

        var forward = new Dictionary<string, string>(old, StringComparer.Ordinal);
        AssetDescription.Apply(forward, AssetDescription.Diff(old, @new));
        var backward = new Dictionary<string, string>(@new, StringComparer.Ordinal);
        AssetDescription.Apply(backward, AssetDescription.Diff(@new, old));

        Assert.Equal(Sorted(@new), Sorted(forward));
        Assert.Equal(Sorted(old), Sorted(backward));
    }

    [Fact]
    public void Applying_the_diff_of_two_normalised_observations_round_trips()
    {
        var old = Normalise(Resources.Ec2Instance("i-1"));
        var @new = Normalise(Resources.Ec2Instance("i-1", state: "stopped", instanceType: "t3.large") with
        {
            Tags = Resources.Tags(("owner", "a")),
            IpAddresses = ["10.0.0.7"],
        });

        var applied = new Dictionary<string, string>(old, StringComparer.Ordinal);
        AssetDescription.Apply(applied, AssetDescription.Diff(old, @new));

        Assert.Equal(Sorted(@new), Sorted(applied));
        Assert.Equal(AssetDescription.Fingerprint(@new), AssetDescription.Fingerprint(applied));
    }

    [Fact]
    public void Apply_sets_an_empty_new_value_and_removes_a_null_one()
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal) { ["tags.a"] = "1", ["tags.b"] = "2" };

        AssetDescription.Apply(fields, [new FieldChange("tags.a", "1", ""), new FieldChange("tags.b", "2", null), new FieldChange("tags.c", null, "3")]);

        Assert.Equal(Fields(("tags.a", ""), ("tags.c", "3")), Sorted(fields));
    }

    [Fact]
    public void The_fingerprint_of_equal_descriptions_is_equal_whatever_the_order_they_were_built_in()
    {
        var forwards = new Dictionary<string, string> { ["name"] = "web", ["state"] = "running", ["tags.env"] = "prod" };
        var backwards = new Dictionary<string, string> { ["tags.env"] = "prod", ["state"] = "running", ["name"] = "web" };

        var fingerprint = AssetDescription.Fingerprint(forwards);

        Assert.Equal(fingerprint, AssetDescription.Fingerprint(backwards));
        Assert.Equal(32, fingerprint.Length);
        Assert.All(fingerprint, c => Assert.Contains(c, "0123456789abcdef"));
    }

    [Fact]
    public void The_fingerprint_differs_when_a_value_a_field_name_or_the_set_of_fields_differs()
    {
        var fingerprints = new[]
        {
            AssetDescription.Fingerprint(Description(("name", "web"), ("state", "running"))),
            AssetDescription.Fingerprint(Description(("name", "web"), ("state", "stopped"))),
            AssetDescription.Fingerprint(Description(("name", "web"), ("status", "running"))),
            AssetDescription.Fingerprint(Description(("name", "web"))),
            AssetDescription.Fingerprint(Description(("name", "web"), ("state", "running"), ("tags.env", ""))),
            AssetDescription.Fingerprint(Description(("namew", "eb"), ("state", "running"))),
            AssetDescription.Fingerprint(Description()),
        };

        Assert.Equal(fingerprints.Length, fingerprints.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Get_GetList_and_WithPrefix_read_a_description()
    {
        var description = Normalise(Resources.Ec2Instance("i-1") with
        {
            Tags = Resources.Tags(("env", "prod"), ("owner", "a")),
            IpAddresses = ["10.0.0.6", "10.0.0.5"],
        });

        Assert.Equal("i-1", AssetDescription.Get(description, AssetDescription.ResourceId));
        Assert.Null(AssetDescription.Get(description, "missing"));
        Assert.Equal(["10.0.0.5", "10.0.0.6"], AssetDescription.GetList(description, AssetDescription.IpAddresses));
        Assert.Empty(AssetDescription.GetList(description, AssetDescription.DnsNames));
        Assert.Equal(Fields(("env", "prod"), ("owner", "a")), Sorted(AssetDescription.WithPrefix(description, AssetDescription.TagPrefix)));
    }

    private static Dictionary<string, string> Parse(string text) =>
        text.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
}
