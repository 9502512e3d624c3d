namespace Inventory.Domain.Relationships;

/// <summary>Which end of an edge depends on the other, for "what depends on this".</summary>
public enum Dependence
{
    /// <summary>The source needs the target (an instance needs its subnet).</summary>
    SourceOnTarget,

    /// <summary>The target needs the source (what a container holds needs the container).</summary>
    TargetOnSource,

    /// <summary>Neither breaks when the other does.</summary>
    None,
}

public enum EdgeOrigin
{
    /// <summary>Follows discovery: appears and disappears with the related ids the source's collector observes.</summary>
    Derived,

    /// <summary>Added and removed by people; discovery never touches it.</summary>
    Manual,
}

/// <summary>The kinds of edge, as the API and the read models name them.</summary>
public static class EdgeTypes
{
    public const string InVpc = "in-vpc";
    public const string InSubnet = "in-subnet";
    public const string UsesSecurityGroup = "uses-security-group";
    public const string UsesVolume = "uses-volume";
    public const string UsesNetworkInterface = "uses-network-interface";
    public const string UsesElasticIp = "uses-elastic-ip";
    public const string AttachedTo = "attached-to";
    public const string RoutesTo = "routes-to";
    public const string ForwardsTo = "forwards-to";
    public const string Targets = "targets";
    public const string MemberOf = "member-of";
    public const string BelongsTo = "belongs-to";
    public const string Origin = "origin";
    public const string Aliases = "aliases";

    public const string DependsOn = "depends-on";
    public const string Contains = "contains";
    public const string ConnectsTo = "connects-to";
    public const string ManagedBy = "managed-by";

    /// <summary>The types people may add, in the order a form lists them.</summary>
    public static readonly IReadOnlyList<string> Manual = [DependsOn, Contains, ConnectsTo, ManagedBy];

    public static bool IsManual(string? type) => type is not null && Manual.Contains(type, StringComparer.Ordinal);

    public static Dependence DependenceOf(string type) => type switch
    {
        Contains => Dependence.TargetOnSource,
        // An elastic IP does not break when its instance does, nor the other way round.
        AttachedTo => Dependence.None,
        _ => Dependence.SourceOnTarget,
    };
}
