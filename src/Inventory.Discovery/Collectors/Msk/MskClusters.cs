using System.Text.Json;
using Inventory.Discovery.SignedRequests;
using Inventory.Domain.Observations;
using static Inventory.Discovery.Collecting.ObservationFields;
using static Inventory.Discovery.Collectors.RestJsonFields;

namespace Inventory.Discovery.Collectors.Msk;

/// <summary>MSK clusters, provisioned and serverless: ListClustersV2, every page.</summary>
internal static class MskClusters
{
    public const string ResourceType = "msk:cluster";

    public static async Task<IReadOnlyList<Observation>> CollectAsync(SignedAwsClient msk, CancellationToken ct)
    {
        var observations = new List<Observation>();
        // 100 is the most ListClustersV2 accepts per page.
        var query = new QueryParameters().Add("maxResults", "100");
        await foreach (var page in msk.RestJsonPagesAsync("/api/v2/clusters", query, PageToken.CamelNextToken, ct).ConfigureAwait(false))
            observations.AddRange(page.ArrayAt("clusterInfoList").Select(Map));
        return observations;
    }

    /// <param name="cluster">One Cluster of a ListClustersV2 answer (MSK's wire names are lower camel case).</param>
    public static Observation Map(JsonElement cluster)
    {
        var name = cluster.StringAt("clusterName") ?? "";
        var tags = TagMap(cluster.ObjectAt("tags"));
        var provisioned = cluster.ObjectAt("provisioned");
        var brokers = provisioned.ObjectAt("brokerNodeGroupInfo");
        var serverlessVpcs = cluster.ObjectAt("serverless").ArrayAt("vpcConfigs").ToList();
        return new Observation
        {
            Arn = cluster.StringAt("clusterArn"),
            ResourceId = name,
            Name = NameOr(tags, name),
            ResourceType = ResourceType,
            State = Text(cluster.StringAt("state")),
            Tags = tags,
            // currentVersion and the active operation are left out: they are revision markers, not configuration.
            Attributes = cluster
                .Pick("clusterType")
                .With("creationTime", cluster.UtcAt("creationTime"))
                .With("provisioned", provisioned.Pick(
                    "brokerNodeGroupInfo", "currentBrokerSoftwareInfo", "numberOfBrokerNodes", "enhancedMonitoring", "storageMode",
                    "encryptionInfo", "clientAuthentication", "openMonitoring", "loggingInfo"))
                .With("serverless", cluster.ObjectAt("serverless").Pick("clientAuthentication"))
                .ToElement(),
            Related =
            [
                .. Related("subnet", [.. brokers.StringsAt("clientSubnets"), .. serverlessVpcs.SelectMany(v => v.StringsAt("subnetIds"))]),
                .. Related("security-group", [.. brokers.StringsAt("securityGroups"), .. serverlessVpcs.SelectMany(v => v.StringsAt("securityGroupIds"))]),
            ],
        };
    }
}
