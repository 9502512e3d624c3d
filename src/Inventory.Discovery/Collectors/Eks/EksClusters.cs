using System.Text.Json;
using Inventory.Discovery.SignedRequests;
using Inventory.Domain.Observations;
using static Inventory.Discovery.Collecting.ObservationFields;
using static Inventory.Discovery.Collectors.RestJsonFields;

namespace Inventory.Discovery.Collectors.Eks;

/// <summary>EKS clusters: ListClusters, every page, then DescribeCluster for each.</summary>
internal static class EksClusters
{
    public const string ResourceType = "eks:cluster";

    public static async Task<IReadOnlyList<JsonElement>> DescribeAllAsync(SignedAwsClient eks, CancellationToken ct)
    {
        var clusters = new List<JsonElement>();
        foreach (var name in await EksApi.ListAsync(eks, "/clusters", "clusters", ct).ConfigureAwait(false))
        {
            if (await EksApi.DescribeAsync(eks, EksApi.ClusterPath(name), "cluster", ct).ConfigureAwait(false) is { } cluster)
                clusters.Add(cluster);
        }
        return clusters;
    }

    /// <param name="cluster">The "cluster" object of a DescribeCluster answer.</param>
    public static Observation Map(JsonElement cluster)
    {
        var name = cluster.StringAt("name") ?? "";
        var tags = TagMap(cluster.ObjectAt("tags"));
        var vpc = cluster.ObjectAt("resourcesVpcConfig");
        return new Observation
        {
            Arn = cluster.StringAt("arn"),
            ResourceId = name,
            Name = NameOr(tags, name),
            ResourceType = ResourceType,
            State = Text(cluster.StringAt("status")),
            Tags = tags,
            DnsNames = Present([Host(cluster.StringAt("endpoint"))]),
            // The certificate authority, health and request token are left out: they are not the cluster's configuration.
            Attributes = cluster
                .Pick("version", "platformVersion", "roleArn", "kubernetesNetworkConfig", "logging", "identity",
                    "encryptionConfig", "accessConfig", "upgradePolicy")
                .With("createdAt", cluster.UtcAt("createdAt"))
                .With("resourcesVpcConfig", vpc.Pick("endpointPublicAccess", "endpointPrivateAccess", "publicAccessCidrs"))
                .ToElement(),
            Related =
            [
                .. Related("vpc", vpc.StringAt("vpcId")),
                .. Related("subnet", vpc.StringsAt("subnetIds")),
                .. Related("security-group", [.. vpc.StringsAt("securityGroupIds"), vpc.StringAt("clusterSecurityGroupId")]),
            ],
        };
    }
}
