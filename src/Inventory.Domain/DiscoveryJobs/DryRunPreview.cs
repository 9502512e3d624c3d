using Inventory.Domain.Assets;
using Inventory.Domain.Observations;
using Inventory.Domain.Reconciliation;
using Inventory.Domain.Scopes;

namespace Inventory.Domain.DiscoveryJobs;

public enum PreviewKind
{
    New,
    Reappeared,
    Changed,
    Gone,
}

/// <summary>One asset event a dry run would have appended, with what a person needs to recognise the asset.</summary>
public sealed record PreviewItem(
    PreviewKind Kind, string AssetId, string ResourceType, string? Name, string? Arn, string? ResourceId,
    IReadOnlyList<FieldChange> Changes, GoneReason? GoneReason);

/// <summary>What a dry run found for one scope; a document, not events, because nothing happened to any asset.</summary>
public sealed class DryRunPreview
{
    public string Id { get; set; } = "";
    public Guid JobId { get; set; }
    public string AccountId { get; set; } = "";
    public string Region { get; set; } = "";
    public string Service { get; set; } = "";
    public List<PreviewItem> Items { get; set; } = [];

    public static string KeyOf(Guid jobId, ScopeId scope) => $"{DiscoveryJobStreams.Key(jobId)}:{scope.AccountId}:{scope.Region}:{scope.Service}";

    /// <param name="description">The asset's last recorded description, for assets the events do not describe (changed, gone).</param>
    public static DryRunPreview From(Guid jobId, ScopeDecision decision, Func<string, IReadOnlyDictionary<string, string>?> description)
    {
        var items = decision.Appends.Select(a => a.Event switch
        {
            AssetSeen s => Item(s.Reappeared ? PreviewKind.Reappeared : PreviewKind.New, s.AssetId, s.ResourceType, s.Fields, [], null),
            AssetChanged c => Item(PreviewKind.Changed, c.AssetId, c.ResourceType, description(c.AssetId), c.Changes, null),
            AssetGone g => Item(PreviewKind.Gone, g.AssetId, g.ResourceType, description(g.AssetId), [], g.Reason),
            var other => throw new InvalidOperationException($"A scope decision appended an unexpected {other.GetType().Name}."),
        });
        return new DryRunPreview
        {
            Id = KeyOf(jobId, decision.Scope), JobId = jobId, AccountId = decision.Scope.AccountId, Region = decision.Scope.Region,
            Service = decision.Scope.Service, Items = [.. items],
        };
    }

    private static PreviewItem Item(PreviewKind kind, string assetId, string type, IReadOnlyDictionary<string, string>? fields,
        IReadOnlyList<FieldChange> changes, GoneReason? reason) =>
        new(kind, assetId, type, Field(fields, AssetDescription.Name), Field(fields, AssetDescription.Arn),
            Field(fields, AssetDescription.ResourceId), changes, reason);

    private static string? Field(IReadOnlyDictionary<string, string>? fields, string name) =>
        fields is not null && fields.TryGetValue(name, out var value) ? value : null;
}
