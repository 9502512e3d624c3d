using Inventory.Domain.Assets;

namespace Inventory.Domain.Relationships.Graph;

/// <summary>One current edge of the asset graph, derived or manual.</summary>
public sealed class RelationshipEdge
{
    /// <summary>Source, type and target: one edge of a type between two assets, whatever supports it.</summary>
    public string Id { get; set; } = "";
    public string SourceId { get; set; } = "";
    public string TargetId { get; set; } = "";
    public string Type { get; set; } = "";
    public EdgeOrigin Origin { get; set; }
    public Dependence Dependence { get; set; }
    public string? Description { get; set; }

    /// <summary>For a derived edge, the id the source's collector observed (subnet id, ARN, DNS name).</summary>
    public string? Reference { get; set; }
    public DateTimeOffset Since { get; set; }
    public Cause Cause { get; set; } = Cause.User("");

    public static string IdOf(string sourceId, string type, string targetId) => $"{sourceId}|{type}|{targetId}";
}
