namespace Inventory.Domain.Scopes;

/// <summary>Account x region x service: the unit a collector scans and the reconciler decides over.</summary>
public sealed record ScopeId(string AccountId, string Region, string Service)
{
    /// <summary>Region of services that are not regional (S3, CloudFront, Route 53).</summary>
    public const string GlobalRegion = "global";

    public string StreamKey => $"scope:{AccountId}:{Region}:{Service}";

    public override string ToString() => $"{AccountId}/{Region}/{Service}";
}
