using Amazon.EC2;
using Inventory.Discovery.Collectors.Ec2;
using Inventory.StubAws.Core;
using Inventory.StubAws.Services.Ec2;
using Inventory.Domain.Observations;

namespace Inventory.Discovery.Tests.Collectors.Ec2;

/// <summary>The EC2 collector through the real SDK and HTTP against the stub AWS.</summary>
public sealed class Ec2CollectorTests : IClassFixture<StubAwsFixture>
{
    private const string AccountId = "111111111111";
    private const string Region = "eu-west-1";
    private readonly StubAwsServer server;

    public Ec2CollectorTests(StubAwsFixture fixture)
    {
        server = fixture.Server;
        server.Reset();
    }

    private Ec2Estate Estate => server.Estate.Account(AccountId).Region(Region).Ec2();

    private Task<IReadOnlyList<Observation>> Scan() =>
        new Ec2Collector(StubScans.FastBackoff).CollectAsync(server.Access(server.Estate.Account(AccountId), Region), CancellationToken.None);

    private static StubInstance WebServer() => new("i-0a000000000000001")
    {
        ReservationId = "r-0a000000000000001",
        InstanceType = "m6i.large",
        ImageId = "ami-0abc",
        AvailabilityZone = "eu-west-1b",
        KeyName = "ops",
        IamInstanceProfileArn = "arn:aws:iam::111111111111:instance-profile/web",
        Monitoring = "enabled",
        SubnetId = "subnet-0a1",
        VpcId = "vpc-0a1",
        PrivateIpAddress = "10.0.1.10",
        PublicIpAddress = "52.1.2.3",
        PrivateDnsName = "ip-10-0-1-10.eu-west-1.compute.internal",
        PublicDnsName = "ec2-52-1-2-3.eu-west-1.compute.amazonaws.com",
        SecurityGroupIds = { "sg-0web", "sg-0ssh" },
        Volumes = { ["/dev/xvda"] = "vol-0root", ["/dev/sdf"] = "vol-0data" },
        NetworkInterfaceIds = { "eni-0web" },
        Tags = { ["Name"] = "web-1", ["Team"] = "payments" },
    };

    private void ArrangeFullEstate()
    {
        Estate.Instances.Add(WebServer());
        // Two instances in one reservation, as a single RunInstances call makes them.
        Estate.Instances.Add(new StubInstance("i-0a000000000000002") { ReservationId = "r-0b", Tags = { ["Name"] = "worker-1" } });
        Estate.Instances.Add(new StubInstance("i-0a000000000000003") { ReservationId = "r-0b", Tags = { ["Name"] = "worker-2" } });
        Estate.Instances.Add(new StubInstance("i-0a000000000000004"));
        Estate.Instances.Add(new StubInstance("i-0a000000000000005") { State = "stopped" });
        for (var i = 1; i <= 3; i++)
        {
            Estate.Volumes.Add(new StubVolume($"vol-0{i}"));
            Estate.NetworkInterfaces.Add(new StubNetworkInterface($"eni-0{i}"));
            Estate.Addresses.Add(new StubAddress($"eipalloc-0{i}", $"3.3.3.{i}"));
        }
    }

    [Fact]
    public async Task Every_page_of_every_resource_type_is_read()
    {
        ArrangeFullEstate();

        var observations = await Scan();

        Assert.Equal(5, observations.Count(o => o.ResourceType == "ec2:instance"));
        Assert.Equal(3, observations.Count(o => o.ResourceType == "ec2:volume"));
        Assert.Equal(3, observations.Count(o => o.ResourceType == "ec2:network-interface"));
        Assert.Equal(3, observations.Count(o => o.ResourceType == "ec2:elastic-ip"));
        Assert.Equal(14, observations.Count);
        // Four reservations at two per page; three volumes and interfaces at two per page; addresses are not paged.
        Assert.Equal(2, server.RequestsFor("ec2", "DescribeInstances").Count);
        Assert.Equal(2, server.RequestsFor("ec2", "DescribeVolumes").Count);
        Assert.Equal(2, server.RequestsFor("ec2", "DescribeNetworkInterfaces").Count);
        Assert.Single(server.RequestsFor("ec2", "DescribeAddresses"));
        Assert.All(server.Requests, r => Assert.Equal(200, r.Status));
        Assert.Empty(server.HandlerFailures);
    }

    [Fact]
    public async Task Pages_are_requested_with_the_largest_page_size_and_the_previous_answers_token()
    {
        ArrangeFullEstate();

        await Scan();

        var pages = server.RequestsFor("ec2", "DescribeInstances");
        Assert.All(pages, p => Assert.Equal("1000", p.Parameters["MaxResults"]));
        Assert.False(pages[0].Parameters.ContainsKey("NextToken"));
        Assert.NotEmpty(pages[1].Parameters["NextToken"]);
        Assert.All(server.RequestsFor("ec2", "DescribeVolumes"), p => Assert.Equal("500", p.Parameters["MaxResults"]));
    }

    [Fact]
    public async Task Requests_are_signed_for_the_scopes_region_with_the_accounts_key()
    {
        ArrangeFullEstate();

        await Scan();

        Assert.All(server.Requests, r =>
        {
            Assert.Equal("ec2", r.Service);
            Assert.Equal(Region, r.Region);
            Assert.Equal(AccountId, r.AccountId);
            Assert.Equal("AKIASTUB" + AccountId, r.AccessKeyId);
            Assert.Equal("2016-11-15", r.Parameters["Version"]);
        });
    }

    [Fact]
    public async Task An_instance_is_mapped_field_by_field()
    {
        Estate.Instances.Add(WebServer());

        var instance = (await Scan()).Single("ec2:instance", "i-0a000000000000001");

        Assert.Equal(new Dictionary<string, string>
        {
            ["arn"] = "arn:aws:ec2:eu-west-1:111111111111:instance/i-0a000000000000001",
            ["resource_id"] = "i-0a000000000000001",
            ["name"] = "web-1",
            ["state"] = "running",
            ["tags.Name"] = "web-1",
            ["tags.Team"] = "payments",
            ["ip_addresses"] = """["10.0.1.10","52.1.2.3"]""",
            ["dns_names"] = """["ec2-52-1-2-3.eu-west-1.compute.amazonaws.com","ip-10-0-1-10.eu-west-1.compute.internal"]""",
            ["related.network-interface"] = """["eni-0web"]""",
            ["related.security-group"] = """["sg-0ssh","sg-0web"]""",
            ["related.subnet"] = """["subnet-0a1"]""",
            ["related.volume"] = """["vol-0data","vol-0root"]""",
            ["related.vpc"] = """["vpc-0a1"]""",
            ["attributes.InstanceType"] = "m6i.large",
            ["attributes.ImageId"] = "ami-0abc",
            ["attributes.LaunchTime"] = "2025-01-02T03:04:05Z",
            ["attributes.Placement.AvailabilityZone"] = "eu-west-1b",
            ["attributes.Placement.Tenancy"] = "default",
            ["attributes.Architecture"] = "x86_64",
            ["attributes.PlatformDetails"] = "Linux/UNIX",
            ["attributes.KeyName"] = "ops",
            ["attributes.IamInstanceProfile"] = "arn:aws:iam::111111111111:instance-profile/web",
            ["attributes.Monitoring"] = "enabled",
            ["attributes.RootDeviceType"] = "ebs",
            ["attributes.RootDeviceName"] = "/dev/xvda",
            ["attributes.VirtualizationType"] = "hvm",
            ["attributes.Hypervisor"] = "xen",
            ["attributes.EbsOptimized"] = "false",
            ["attributes.EnaSupport"] = "true",
            ["attributes.SourceDestCheck"] = "true",
            ["attributes.BlockDeviceMappings"] =
                """[{"DeviceName":"/dev/sdf","VolumeId":"vol-0data","DeleteOnTermination":true},{"DeviceName":"/dev/xvda","VolumeId":"vol-0root","DeleteOnTermination":true}]""",
            ["attributes.CpuOptions.CoreCount"] = "1",
            ["attributes.CpuOptions.ThreadsPerCore"] = "2",
            ["attributes.MetadataOptions.HttpTokens"] = "required",
            ["attributes.MetadataOptions.HttpEndpoint"] = "enabled",
            ["attributes.MetadataOptions.HttpPutResponseHopLimit"] = "2",
        }, instance.Described());
    }

    [Fact]
    public async Task A_terminated_instance_comes_through_with_state_terminated_and_without_its_empty_names()
    {
        Estate.Instances.Add(new StubInstance("i-0dead") { State = "terminated", StateReasonCode = "Client.UserInitiatedShutdown" });

        var instance = (await Scan()).Single("ec2:instance", "i-0dead");

        Assert.Equal("terminated", instance.State);
        Assert.Empty(instance.DnsNames);
        Assert.Empty(instance.IpAddresses);
        Assert.Equal("Client.UserInitiatedShutdown", instance.AttributesText()["StateReason"]);
    }

    [Fact]
    public async Task An_instance_without_a_name_tag_is_named_by_its_id()
    {
        Estate.Instances.Add(new StubInstance("i-0noname") { Tags = { ["Team"] = "data" } });

        var instance = (await Scan()).Single("ec2:instance", "i-0noname");

        Assert.Equal("i-0noname", instance.Name);
        Assert.Equal(new Dictionary<string, string> { ["Team"] = "data" }, instance.Tags);
    }

    [Fact]
    public async Task A_volume_names_the_instances_it_is_attached_to()
    {
        var volume = new StubVolume("vol-0data") { Size = 100, VolumeType = "io2", Iops = 5000, Throughput = null, Encrypted = true, KmsKeyId = "arn:aws:kms:eu-west-1:111111111111:key/k1", SnapshotId = "snap-01", Tags = { ["Name"] = "data" } };
        volume.Attachments["i-0a000000000000001"] = "/dev/sdf";
        Estate.Volumes.Add(volume);

        var observed = (await Scan()).Single("ec2:volume", "vol-0data");

        Assert.Equal("arn:aws:ec2:eu-west-1:111111111111:volume/vol-0data", observed.Arn);
        Assert.Equal("data", observed.Name);
        Assert.Equal("in-use", observed.State);
        Assert.Equal(["instance:i-0a000000000000001"], observed.RelatedText());
        Assert.Equal(new Dictionary<string, string>
        {
            ["Size"] = "100",
            ["VolumeType"] = "io2",
            ["Iops"] = "5000",
            ["Encrypted"] = "true",
            ["KmsKeyId"] = "arn:aws:kms:eu-west-1:111111111111:key/k1",
            ["AvailabilityZone"] = "eu-west-1a",
            ["SnapshotId"] = "snap-01",
            ["CreateTime"] = "2025-01-02T03:04:05Z",
            ["MultiAttachEnabled"] = "false",
            ["Attachments"] = """[{"InstanceId":"i-0a000000000000001","Device":"/dev/sdf","State":"attached","DeleteOnTermination":true}]""",
        }, observed.AttributesText());
    }

    [Fact]
    public async Task A_network_interface_names_its_subnet_vpc_groups_instance_and_addresses()
    {
        Estate.NetworkInterfaces.Add(new StubNetworkInterface("eni-0web")
        {
            SubnetId = "subnet-0a1",
            VpcId = "vpc-0a1",
            Description = "Primary network interface",
            PrivateIpAddress = "10.0.1.10",
            PrivateDnsName = "ip-10-0-1-10.eu-west-1.compute.internal",
            SecondaryPrivateIpAddresses = { "10.0.1.11" },
            PublicIp = "52.1.2.3",
            PublicDnsName = "ec2-52-1-2-3.eu-west-1.compute.amazonaws.com",
            AllocationId = "eipalloc-0web",
            AttachedInstanceId = "i-0a000000000000001",
            SecurityGroupIds = { "sg-0web" },
            Tags = { ["Name"] = "web-eni" },
        });

        var observed = (await Scan()).Single("ec2:network-interface", "eni-0web");

        Assert.Equal("arn:aws:ec2:eu-west-1:111111111111:network-interface/eni-0web", observed.Arn);
        Assert.Equal("web-eni", observed.Name);
        Assert.Equal("in-use", observed.State);
        Assert.Equal(["10.0.1.10", "52.1.2.3", "10.0.1.11"], observed.IpAddresses);
        Assert.Equal(["ip-10-0-1-10.eu-west-1.compute.internal", "ec2-52-1-2-3.eu-west-1.compute.amazonaws.com"], observed.DnsNames);
        Assert.Equal(
            ["elastic-ip:eipalloc-0web", "instance:i-0a000000000000001", "security-group:sg-0web", "subnet:subnet-0a1", "vpc:vpc-0a1"],
            observed.RelatedText());
        var attributes = observed.AttributesText();
        Assert.Equal("Primary network interface", attributes["Description"]);
        Assert.Equal("interface", attributes["InterfaceType"]);
        Assert.Equal(AccountId, attributes["OwnerId"]);
        Assert.Equal("i-0a000000000000001", attributes["Attachment.InstanceId"]);
        Assert.Equal("0", attributes["Attachment.DeviceIndex"]);
    }

    [Fact]
    public async Task An_elastic_ip_names_its_instance_and_network_interface()
    {
        Estate.Addresses.Add(new StubAddress("eipalloc-0web", "52.1.2.3")
        {
            AssociationId = "eipassoc-01",
            InstanceId = "i-0a000000000000001",
            NetworkInterfaceId = "eni-0web",
            PrivateIpAddress = "10.0.1.10",
        });
        Estate.Addresses.Add(new StubAddress("eipalloc-0spare", "52.9.9.9") { Tags = { ["Name"] = "spare" } });

        var observations = await Scan();

        var associated = observations.Single("ec2:elastic-ip", "eipalloc-0web");
        Assert.Equal("arn:aws:ec2:eu-west-1:111111111111:elastic-ip/eipalloc-0web", associated.Arn);
        Assert.Equal("52.1.2.3", associated.Name);
        Assert.Equal(["52.1.2.3", "10.0.1.10"], associated.IpAddresses);
        Assert.Equal(["instance:i-0a000000000000001", "network-interface:eni-0web"], associated.RelatedText());
        Assert.Equal("vpc", associated.AttributesText()["Domain"]);
        var spare = observations.Single("ec2:elastic-ip", "eipalloc-0spare");
        Assert.Equal("spare", spare.Name);
        Assert.Empty(spare.Related);
    }

    [Theory]
    [InlineData("UnauthorizedOperation")]
    [InlineData("AccessDenied")]
    public async Task An_access_denied_on_volumes_fails_the_whole_scan_with_the_aws_error_code(string code)
    {
        ArrangeFullEstate();
        server.Faults.Add("ec2", "DescribeVolumes", code, 403, times: int.MaxValue);

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(Scan);

        Assert.Equal(code, error.ErrorCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, error.StatusCode);
        // Not throttling, so not retried.
        Assert.Single(server.RequestsFor("ec2", "DescribeVolumes"));
    }

    [Fact]
    public async Task Throttling_twice_then_success_returns_everything()
    {
        ArrangeFullEstate();
        server.Faults.Throttle("ec2", "DescribeInstances", times: 2);
        server.Faults.Throttle("ec2", "DescribeAddresses", times: 2);

        var observations = await Scan();

        Assert.Equal(14, observations.Count);
        Assert.Equal([503, 503, 200, 200], server.RequestsFor("ec2", "DescribeInstances").Select(r => r.Status));
        Assert.Equal([503, 503, 200], server.RequestsFor("ec2", "DescribeAddresses").Select(r => r.Status));
        Assert.Equal("RequestLimitExceeded", server.RequestsFor("ec2", "DescribeInstances")[0].ErrorCode);
    }

    [Fact]
    public async Task Throttling_that_outlasts_the_attempts_fails_the_scan_as_throttled()
    {
        ArrangeFullEstate();
        server.Faults.Throttle("ec2", "DescribeNetworkInterfaces", times: int.MaxValue);

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(Scan);

        Assert.Equal("RequestLimitExceeded", error.ErrorCode);
        Assert.Equal(StubScans.FastBackoff.MaxAttempts, server.RequestsFor("ec2", "DescribeNetworkInterfaces").Count);
    }

    [Fact]
    public async Task A_cancelled_scan_stops_with_cancellation()
    {
        ArrangeFullEstate();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new Ec2Collector(StubScans.FastBackoff).CollectAsync(server.Access(server.Estate.Account(AccountId), Region), cancellation.Token));
    }

    [Fact]
    public async Task An_empty_region_yields_nothing()
    {
        Assert.Empty(await Scan());
        Assert.Empty(server.HandlerFailures);
    }
}
