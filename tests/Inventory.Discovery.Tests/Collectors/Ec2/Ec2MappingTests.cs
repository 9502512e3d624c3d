using Inventory.Discovery.Collecting;
using Amazon.EC2;
using Amazon.EC2.Model;
using Inventory.Discovery.Collectors.Ec2;

namespace Inventory.Discovery.Tests.Collectors.Ec2;

/// <summary>
/// The EC2 mappings on SDK objects, no I/O. SDK v4 leaves absent lists null (AWSConfigs.InitializeCollections is off),
/// so a resource with nothing but its id must map without failing.
/// </summary>
public sealed class Ec2MappingTests
{
    private const string Region = "eu-west-1";
    private const string AccountId = "111111111111";

    [Fact]
    public void A_bare_instance_maps_to_its_id_alone()
    {
        var observation = Ec2Instances.Map(new Instance { InstanceId = "i-1" }, Region, AccountId);

        Assert.Equal("i-1", observation.Name);
        Assert.Null(observation.State);
        Assert.Empty(observation.Tags);
        Assert.Empty(observation.IpAddresses);
        Assert.Empty(observation.DnsNames);
        Assert.Empty(observation.Related);
        Assert.Equal(
            new Dictionary<string, string> { ["arn"] = "arn:aws:ec2:eu-west-1:111111111111:instance/i-1", ["resource_id"] = "i-1", ["name"] = "i-1" },
            observation.Described());
    }

    [Fact]
    public void Bare_volumes_interfaces_and_addresses_map_without_failing()
    {
        Assert.Equal("vol-1", Ec2Volumes.Map(new Volume { VolumeId = "vol-1" }, Region, AccountId).Name);
        Assert.Equal("eni-1", Ec2NetworkInterfaces.Map(new NetworkInterface { NetworkInterfaceId = "eni-1" }, Region, AccountId).Name);
        var address = Ec2ElasticIps.Map(new Address { AllocationId = "eipalloc-1", PublicIp = "1.2.3.4" }, Region, AccountId);
        Assert.Equal("1.2.3.4", address.Name);
        Assert.Equal("arn:aws:ec2:eu-west-1:111111111111:elastic-ip/eipalloc-1", address.Arn);
    }

    [Fact]
    public void An_address_without_an_allocation_id_is_known_by_its_public_ip_and_has_no_arn()
    {
        var address = Ec2ElasticIps.Map(new Address { PublicIp = "1.2.3.4" }, Region, AccountId);

        Assert.Equal("1.2.3.4", address.ResourceId);
        Assert.Null(address.Arn);
    }

    [Fact]
    public void A_volume_arn_from_the_api_is_kept()
    {
        var volume = new Volume { VolumeId = "vol-1", VolumeArn = "arn:aws:ec2:eu-west-1:111111111111:volume/vol-1" };

        Assert.Equal(volume.VolumeArn, Ec2Volumes.Map(volume, Region, AccountId).Arn);
    }

    [Fact]
    public void Sdk_enumerations_become_their_aws_text_in_attributes()
    {
        var instance = new Instance
        {
            InstanceId = "i-1",
            InstanceType = InstanceType.T3Micro,
            Architecture = ArchitectureValues.Arm64,
            State = new InstanceState { Name = InstanceStateName.Stopped },
            Monitoring = new Monitoring { State = MonitoringState.Disabled },
        };

        var observation = Ec2Instances.Map(instance, Region, AccountId);

        Assert.Equal("stopped", observation.State);
        var attributes = observation.AttributesText();
        Assert.Equal("t3.micro", attributes["InstanceType"]);
        Assert.Equal("arm64", attributes["Architecture"]);
        Assert.Equal("disabled", attributes["Monitoring"]);
    }

    [Fact]
    public void A_blank_name_tag_falls_back_to_the_id()
    {
        var instance = new Instance { InstanceId = "i-1", Tags = [new Tag("Name", " ")] };

        Assert.Equal("i-1", Ec2Instances.Map(instance, Region, AccountId).Name);
    }

    [Theory]
    [InlineData(DateTimeKind.Utc, "2025-03-04T05:06:07Z")]
    [InlineData(DateTimeKind.Unspecified, "2025-03-04T05:06:07Z")]
    public void Times_are_written_as_utc_with_only_the_digits_they_have(DateTimeKind kind, string expected) =>
        Assert.Equal(expected, ObservationFields.Utc(new DateTime(2025, 3, 4, 5, 6, 7, kind)));

    [Fact]
    public void A_local_time_is_converted_to_utc() =>
        Assert.Equal(
            ObservationFields.Utc(new DateTime(2025, 3, 4, 5, 6, 7, 250, DateTimeKind.Utc)),
            ObservationFields.Utc(new DateTime(2025, 3, 4, 5, 6, 7, 250, DateTimeKind.Utc).ToLocalTime()));
}
