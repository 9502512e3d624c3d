using System.Text.Json;
using Inventory.Discovery.SignedRequests;
using Inventory.Domain.Observations;
using static Inventory.Discovery.Collecting.ObservationFields;
using static Inventory.Discovery.Collectors.Ec2.Ec2Fields;
using static Inventory.Discovery.Collectors.RestJsonFields;

namespace Inventory.Discovery.Collectors.OpenSearch;

/// <summary>OpenSearch domains: every name, described five at a time, each with its tags.</summary>
internal static class OpenSearchDomains
{
    public const string ResourceType = "opensearch:domain";

    public static async Task<IReadOnlyList<Observation>> CollectAsync(SignedAwsClient openSearch, CancellationToken ct)
    {
        var observations = new List<Observation>();
        var names = await OpenSearchApi.ListDomainNamesAsync(openSearch, ct).ConfigureAwait(false);
        foreach (var batch in names.Chunk(OpenSearchApi.DescribeBatch))
        {
            foreach (var domain in await OpenSearchApi.DescribeDomainsAsync(openSearch, batch, ct).ConfigureAwait(false))
            {
                var tags = domain.StringAt("ARN") is { } arn ? await OpenSearchApi.ListTagsAsync(openSearch, arn, ct).ConfigureAwait(false) : [];
                if (tags is not null)
                    observations.Add(Map(domain, Tags(tags)));
            }
        }
        return observations;
    }

    /// <summary>OpenSearch tags come as a list of {"Key", "Value"}.</summary>
    public static IReadOnlyDictionary<string, string> Tags(IEnumerable<JsonElement> tagList)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in tagList)
        {
            if (tag.StringAt("Key") is { Length: > 0 } key)
                tags[key] = tag.StringAt("Value") ?? "";
        }
        return tags;
    }

    /// <param name="domain">One DomainStatus of a DescribeDomains answer.</param>
    public static Observation Map(JsonElement domain, IReadOnlyDictionary<string, string> tags)
    {
        var name = domain.StringAt("DomainName") ?? "";
        var vpc = domain.ObjectAt("VPCOptions");
        var endpointOptions = domain.ObjectAt("DomainEndpointOptions");
        return new Observation
        {
            Arn = domain.StringAt("ARN"),
            ResourceId = domain.StringAt("DomainId"),
            Name = NameOr(tags, name),
            ResourceType = ResourceType,
            State = State(domain),
            Tags = tags,
            DnsNames = Present(
            [
                domain.StringAt("Endpoint"),
                domain.StringAt("EndpointV2"),
                .. domain.ObjectAt("Endpoints") is { ValueKind: JsonValueKind.Object } endpoints
                    ? endpoints.EnumerateObject().Select(e => e.Value.ValueKind == JsonValueKind.String ? e.Value.GetString() : null)
                    : [],
                endpointOptions.BoolAt("CustomEndpointEnabled") == true ? endpointOptions.StringAt("CustomEndpoint") : null,
            ]),
            // Service software, auto-tune and change progress are left out: they move without anyone changing the domain.
            Attributes = domain
                .Pick("EngineVersion", "ClusterConfig", "EBSOptions", "EncryptionAtRestOptions", "NodeToNodeEncryptionOptions",
                    "DomainEndpointOptions", "AdvancedSecurityOptions", "IPAddressType", "AccessPolicies")
                .ToElement(),
            Related =
            [
                .. Related("vpc", vpc.StringAt("VPCId")),
                .. Related("subnet", vpc.StringsAt("SubnetIds")),
                .. Related("security-group", vpc.StringsAt("SecurityGroupIds")),
            ],
        };
    }

    /// <summary>DomainStatus has flags, not a state; the most final flag that holds names it ("deleting" counts as gone).</summary>
    public static string State(JsonElement domain)
    {
        if (domain.BoolAt("Deleted") == true)
            return "deleting";
        if (domain.BoolAt("Created") == false)
            return "creating";
        if (domain.BoolAt("UpgradeProcessing") == true)
            return "upgrading";
        if (domain.BoolAt("Processing") == true)
            return "processing";
        return "active";
    }
}
