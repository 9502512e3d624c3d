namespace Inventory.StubAws.Services.OpenSearch;

/// <summary>An OpenSearch Service domain, answered as a DomainStatus of DescribeDomains.</summary>
public sealed class StubDomain(string name)
{
    public string Name { get; } = name;
    public string EngineVersion { get; set; } = "OpenSearch_2.15";
    public bool Created { get; set; } = true;
    public bool Deleted { get; set; }
    public bool Processing { get; set; }
    public bool UpgradeProcessing { get; set; }
    public string InstanceType { get; set; } = "r6g.large.search";
    public int InstanceCount { get; set; } = 2;
    public bool ZoneAwarenessEnabled { get; set; } = true;
    public int VolumeSize { get; set; } = 20;

    /// <summary>Null: a public domain, answered with Endpoint; else a VPC domain, answered with Endpoints.vpc.</summary>
    public string? VpcId { get; set; }

    public List<string> SubnetIds { get; } = [];
    public List<string> SecurityGroupIds { get; } = [];
    public List<string> AvailabilityZones { get; } = [];
    public string? CustomEndpoint { get; set; }

    /// <summary>The resource policy as a JSON string; AWS answers "" for a domain without one.</summary>
    public string AccessPolicies { get; set; } = "";

    public Dictionary<string, string> Tags { get; } = [];

    public string Arn(string accountId, string region) => $"arn:aws:es:{region}:{accountId}:domain/{Name}";

    /// <summary>The 26 characters AWS puts after the name in the domain's hostname; derived from the name so it is stable across scans.</summary>
    public string EndpointId { get; set; } =
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)).AsSpan(0, 13));

    /// <summary>The domain's hostname: search-{name}-{id} for public domains, vpc-{name}-{id} inside a VPC.</summary>
    public string Hostname(string region) => $"{(VpcId is null ? "search" : "vpc")}-{Name}-{EndpointId}.{region}.es.amazonaws.com";

    internal object ToJson(string accountId, string region)
    {
        // A domain being created has no endpoint yet.
        var hostname = Created ? Hostname(region) : null;
        return new
        {
            DomainId = $"{accountId}/{Name}",
            DomainName = Name,
            ARN = Arn(accountId, region),
            Created,
            Deleted,
            Endpoint = VpcId is null ? hostname : null,
            Endpoints = VpcId is not null && hostname is not null ? new Dictionary<string, string> { ["vpc"] = hostname } : null,
            Processing,
            UpgradeProcessing,
            EngineVersion,
            ClusterConfig = new
            {
                InstanceType,
                InstanceCount,
                DedicatedMasterEnabled = false,
                ZoneAwarenessEnabled,
                ZoneAwarenessConfig = ZoneAwarenessEnabled ? new { AvailabilityZoneCount = 2 } : null,
                WarmEnabled = false,
                ColdStorageOptions = new { Enabled = false },
                MultiAZWithStandbyEnabled = false,
            },
            EBSOptions = new { EBSEnabled = true, VolumeType = "gp3", VolumeSize, Iops = 3000, Throughput = 125 },
            AccessPolicies,
            IPAddressType = "ipv4",
            SnapshotOptions = new { AutomatedSnapshotStartHour = 0 },
            VPCOptions = VpcId is null ? null : new { VPCId = VpcId, SubnetIds, AvailabilityZones, SecurityGroupIds },
            CognitoOptions = new { Enabled = false },
            EncryptionAtRestOptions = new { Enabled = true, KmsKeyId = $"arn:aws:kms:{region}:{accountId}:key/stub" },
            NodeToNodeEncryptionOptions = new { Enabled = true },
            AdvancedOptions = new Dictionary<string, string> { ["rest.action.multi.allow_explicit_index"] = "true" },
            ServiceSoftwareOptions = new
            {
                CurrentVersion = "OpenSearch_2_15_R20250101",
                NewVersion = "",
                UpdateAvailable = false,
                Cancellable = false,
                UpdateStatus = "COMPLETED",
                Description = "There is no software update available for this domain.",
                OptionalDeployment = true,
            },
            DomainEndpointOptions = new
            {
                EnforceHTTPS = true,
                TLSSecurityPolicy = "Policy-Min-TLS-1-2-2019-07",
                CustomEndpointEnabled = CustomEndpoint is not null,
                CustomEndpoint,
            },
            AdvancedSecurityOptions = new { Enabled = false, InternalUserDatabaseEnabled = false, AnonymousAuthEnabled = false },
            AutoTuneOptions = new { State = "ENABLED", UseOffPeakWindow = false },
            ChangeProgressDetails = new { ChangeId = "2d1f7c1e-3b4a-4e5f-9a8b-7c6d5e4f3a2b", ConfigChangeStatus = "Completed", InitiatedBy = "CUSTOMER" },
            DomainProcessingStatus = Deleted ? "Deleting" : Created ? "Active" : "Creating",
        };
    }
}
