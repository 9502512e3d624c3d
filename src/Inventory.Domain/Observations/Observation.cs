using System.Text.Json;

namespace Inventory.Domain.Observations;

/// <summary>One resource as a collector saw it in one scope: plain data, no identity decided yet.</summary>
public sealed record Observation
{
    public string? Arn { get; init; }
    public string? ResourceId { get; init; }
    public string? Name { get; init; }
    public required string ResourceType { get; init; }
    public string? State { get; init; }
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<string> IpAddresses { get; init; } = [];
    public IReadOnlyList<string> DnsNames { get; init; } = [];

    /// <summary>The service's own description of the resource, as JSON.</summary>
    public JsonElement? Attributes { get; init; }

    public IReadOnlyList<RelatedResource> Related { get; init; } = [];
}

/// <summary>A resource this one points at, by its AWS id or ARN (subnet, vpc, security-group, volume, target, origin, alias, cluster).</summary>
public sealed record RelatedResource(string Kind, string Id);
