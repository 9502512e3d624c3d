using System.Text.Json;
using Amazon.EC2;
using Amazon.EC2.Model;
using Inventory.Discovery.Access;
using Inventory.Domain.Observations;
using static Inventory.Discovery.Collecting.ObservationFields;
using static Inventory.Discovery.Collectors.Ec2.Ec2Fields;

namespace Inventory.Discovery.Collectors.Vpc;

/// <summary>Security groups with their rules: DescribeSecurityGroups, every page.</summary>
internal static class SecurityGroups
{
    public const string ResourceType = "vpc:security-group";

    public static async Task<IEnumerable<Observation>> CollectAsync(IAmazonEC2 ec2, SdkCalls calls, ScopeAccess access, CancellationToken ct)
    {
        var groups = await calls.AllPagesAsync(
            (token, c) => ec2.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest { MaxResults = 1000, NextToken = token }, c),
            response => response.SecurityGroups,
            response => response.NextToken,
            ct).ConfigureAwait(false);
        return groups.Select(group => Map(group, access.Region, access.AccountId));
    }

    public static Observation Map(SecurityGroup group, string region, string accountId)
    {
        var tags = Tags(group.Tags);
        var id = group.GroupId;
        return new Observation
        {
            Arn = Text(group.SecurityGroupArn) ?? Arns.SecurityGroup(region, accountId, id),
            ResourceId = id,
            Name = NameOr(tags, group.GroupName ?? id),
            ResourceType = ResourceType,
            Tags = tags,
            Attributes = Attributes(new
            {
                group.GroupName,
                Description = Text(group.Description),
                group.OwnerId,
                IngressRules = Rules(group.IpPermissions),
                EgressRules = Rules(group.IpPermissionsEgress),
            }),
            Related = [.. Related("vpc", group.VpcId)],
        };
    }

    /// <summary>Rules as plain data in a stable order: AWS does not promise one, and a reordering is no change.</summary>
    public static IReadOnlyList<object> Rules(IEnumerable<IpPermission>? permissions) =>
        (permissions ?? [])
            .Select(Rule)
            .Select(rule => (rule, key: JsonSerializer.Serialize(Attributes(rule))))
            .OrderBy(r => r.key, StringComparer.Ordinal)
            .Select(r => r.rule)
            .ToList();

    private static object Rule(IpPermission permission) => new
    {
        permission.IpProtocol,
        permission.FromPort,
        permission.ToPort,
        IpRanges = (permission.Ipv4Ranges ?? [])
            .Select(r => new { r.CidrIp, Description = Text(r.Description) })
            .OrderBy(r => r.CidrIp, StringComparer.Ordinal).ToList(),
        Ipv6Ranges = (permission.Ipv6Ranges ?? [])
            .Select(r => new { r.CidrIpv6, Description = Text(r.Description) })
            .OrderBy(r => r.CidrIpv6, StringComparer.Ordinal).ToList(),
        PrefixListIds = (permission.PrefixListIds ?? [])
            .Select(p => new { PrefixListId = p.Id, Description = Text(p.Description) })
            .OrderBy(p => p.PrefixListId, StringComparer.Ordinal).ToList(),
        Groups = (permission.UserIdGroupPairs ?? [])
            .Select(g => new { g.GroupId, UserId = Text(g.UserId), Description = Text(g.Description) })
            .OrderBy(g => g.GroupId, StringComparer.Ordinal).ToList(),
    };
}
