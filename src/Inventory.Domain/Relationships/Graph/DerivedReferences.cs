using System.Net;
using Inventory.Domain.Assets;

namespace Inventory.Domain.Relationships.Graph;

/// <summary>A related id an asset names, with the edge it makes and the key its target answers to.</summary>
public sealed record GraphReference(string Kind, string Id, string EdgeType, string Key);

/// <summary>
/// How related ids become edges: which keys an asset answers to (ARN, id within its account and region, DNS name,
/// bucket name) and which key each kind of related id looks for. Ids are resolved inside the source's account and region;
/// ARNs carry their own account; DNS and bucket names are global, as AWS makes them.
/// </summary>
internal static class DerivedReferences
{
    private delegate string? KeyOf(GraphNode source, string id);

    private sealed record Rule(string EdgeType, KeyOf Key);

    private static readonly Dictionary<string, Rule> ByKind = new(StringComparer.Ordinal)
    {
        ["vpc"] = new(EdgeTypes.InVpc, IdOf("vpc:vpc")),
        ["subnet"] = new(EdgeTypes.InSubnet, IdOf("vpc:subnet")),
        ["security-group"] = new(EdgeTypes.UsesSecurityGroup, IdOf("vpc:security-group")),
        ["volume"] = new(EdgeTypes.UsesVolume, IdOf("ec2:volume")),
        ["network-interface"] = new(EdgeTypes.UsesNetworkInterface, IdOf("ec2:network-interface")),
        ["elastic-ip"] = new(EdgeTypes.UsesElasticIp, IdOf("ec2:elastic-ip")),
        ["internet-gateway"] = new(EdgeTypes.RoutesTo, IdOf("vpc:internet-gateway")),
        ["nat-gateway"] = new(EdgeTypes.RoutesTo, IdOf("vpc:nat-gateway")),
        ["target-group"] = new(EdgeTypes.ForwardsTo, (_, id) => ArnKey(id)),
        ["replication-group"] = new(EdgeTypes.MemberOf, IdOf("elasticache:replication-group")),
        ["bucket"] = new(EdgeTypes.Origin, (_, id) => BucketKey(id)),
        ["load-balancer-dns"] = new(EdgeTypes.Origin, (_, id) => DnsKey(id)),
        ["alias"] = new(EdgeTypes.Aliases, (_, id) => DnsKey(id)),
    };

    // Null: the other end already names this edge, or the id is not a resource (a raw origin domain, an IP target).
    private static readonly Dictionary<(string Type, string Kind), Rule?> ByTypeAndKind = new()
    {
        [("ec2:volume", "instance")] = null,
        [("ec2:network-interface", "instance")] = null,
        [("ec2:elastic-ip", "network-interface")] = null,
        [("ec2:elastic-ip", "instance")] = new(EdgeTypes.AttachedTo, IdOf("ec2:instance")),
        [("elbv2:load-balancer", "target")] = null,
        [("elbv2:target-group", "load-balancer")] = null,
        [("elbv2:target-group", "target")] = new(EdgeTypes.Targets, TargetKey),
        [("rds:db-instance", "cluster")] = new(EdgeTypes.MemberOf, IdOf("rds:db-cluster")),
        [("rds:db-cluster", "db-instance")] = null,
        [("eks:nodegroup", "cluster")] = new(EdgeTypes.BelongsTo, (_, id) => ArnKey(id)),
        [("elasticache:replication-group", "cluster")] = null,
        [("cloudfront:distribution", "origin")] = null,
    };

    /// <summary>Every key an active asset answers to.</summary>
    public static IEnumerable<string> KeysOf(GraphNode node)
    {
        if (node.Status != AssetStatus.Active)
            yield break;
        if (!string.IsNullOrEmpty(node.Arn))
            yield return ArnKey(node.Arn);
        if (!string.IsNullOrEmpty(node.ResourceId))
            yield return IdKey(node.AccountId, node.Region, node.ResourceType, node.ResourceId);
        // Only what other resources point at by name: load balancers and distributions by DNS, buckets by name.
        if (node.ResourceType is "elbv2:load-balancer" or "cloudfront:distribution")
        {
            foreach (var name in node.DnsNames)
                yield return DnsKey(name);
        }
        if (node.ResourceType == "s3:bucket" && !string.IsNullOrEmpty(node.ResourceId))
            yield return BucketKey(node.ResourceId);
    }

    /// <summary>The references of an active asset that can become edges, ordered by kind then id.</summary>
    public static IEnumerable<GraphReference> Of(GraphNode node)
    {
        if (node.Status != AssetStatus.Active)
            yield break;
        foreach (var (kind, ids) in node.Related.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            var rule = ByTypeAndKind.TryGetValue((node.ResourceType, kind), out var specific) ? specific : ByKind.GetValueOrDefault(kind);
            if (rule is null)
                continue;
            foreach (var id in ids.Order(StringComparer.Ordinal))
            {
                if (rule.Key(node, id) is { } key)
                    yield return new GraphReference(kind, id, rule.EdgeType, key);
            }
        }
    }

    private static KeyOf IdOf(string targetType) => (source, id) => IdKey(source.AccountId, source.Region, targetType, id);

    // Instance targets by id; Lambda and ALB targets by ARN; IP targets are addresses, not resources.
    private static string? TargetKey(GraphNode source, string id) =>
        id.StartsWith("arn:", StringComparison.Ordinal) ? ArnKey(id)
        : IPAddress.TryParse(id, out _) ? null
        : IdKey(source.AccountId, source.Region, "ec2:instance", id);

    private static string ArnKey(string arn) => "arn|" + arn;
    private static string IdKey(string account, string region, string type, string id) => $"id|{account}|{region}|{type}|{id}";
    private static string DnsKey(string name) => "dns|" + name.Trim().TrimEnd('.').ToLowerInvariant();
    private static string BucketKey(string name) => "bucket|" + name.ToLowerInvariant();
}
