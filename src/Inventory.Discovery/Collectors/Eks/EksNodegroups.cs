using System.Text.Json;
using Inventory.Discovery.SignedRequests;
using Inventory.Domain.Observations;
using static Inventory.Discovery.Collecting.ObservationFields;
using static Inventory.Discovery.Collectors.RestJsonFields;

namespace Inventory.Discovery.Collectors.Eks;

/// <summary>Managed node groups of one cluster: ListNodegroups, every page, then DescribeNodegroup for each.</summary>
internal static class EksNodegroups
{
    public const string ResourceType = "eks:nodegroup";

    public static async Task<IReadOnlyList<Observation>> CollectAsync(SignedAwsClient eks, JsonElement cluster, CancellationToken ct)
    {
        var clusterName = cluster.StringAt("name");
        if (string.IsNullOrEmpty(clusterName))
            return [];
        var observations = new List<Observation>();
        var path = EksApi.ClusterPath(clusterName) + "/node-groups";
        foreach (var name in await EksApi.ListAsync(eks, path, "nodegroups", ct).ConfigureAwait(false))
        {
            if (await EksApi.DescribeAsync(eks, path + "/" + Uri.EscapeDataString(name), "nodegroup", ct).ConfigureAwait(false) is { } nodegroup)
                observations.Add(Map(nodegroup, cluster.StringAt("arn")));
        }
        return observations;
    }

    /// <param name="nodegroup">The "nodegroup" object of a DescribeNodegroup answer.</param>
    /// <param name="clusterArn">The owning cluster's ARN, which the relationship read model joins on.</param>
    public static Observation Map(JsonElement nodegroup, string? clusterArn)
    {
        var name = nodegroup.StringAt("nodegroupName") ?? "";
        var tags = TagMap(nodegroup.ObjectAt("tags"));
        return new Observation
        {
            Arn = nodegroup.StringAt("nodegroupArn"),
            // Node group names are unique only within their cluster, and the id must be unique in the region.
            ResourceId = $"{nodegroup.StringAt("clusterName")}/{name}",
            Name = NameOr(tags, name),
            ResourceType = ResourceType,
            State = Text(nodegroup.StringAt("status")),
            Tags = tags,
            // Health and modifiedAt are left out: they move without the node group's configuration changing.
            Attributes = nodegroup
                .Pick("clusterName", "version", "releaseVersion", "capacityType", "instanceTypes", "amiType", "nodeRole",
                    "scalingConfig", "diskSize", "labels", "taints", "launchTemplate", "updateConfig", "remoteAccess")
                .With("createdAt", nodegroup.UtcAt("createdAt"))
                .With("autoScalingGroups", nodegroup.ObjectAt("resources").ArrayAt("autoScalingGroups").Select(group => group.StringAt("name")))
                .ToElement(),
            Related =
            [
                .. Related("cluster", clusterArn),
                .. Related("subnet", nodegroup.StringsAt("subnets")),
            ],
        };
    }
}
