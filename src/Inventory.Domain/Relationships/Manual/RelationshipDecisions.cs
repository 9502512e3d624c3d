using Inventory.Domain.Assets;
using Inventory.Domain.Reconciliation;

namespace Inventory.Domain.Relationships.Manual;

/// <summary>A manual edge as a person asks for it.</summary>
public sealed record RelationshipInput(string? TargetId, string? Type, string? Description);

/// <summary>
/// The rules for manual edges as pure functions of exact write-side state: the assets' records (inline) and the source's
/// manual edges (inline). Unknown assets are not found; self-edges, duplicates, gone ends and a "contains" across
/// accounts are refused.
/// </summary>
internal static class RelationshipDecisions
{
    public const int MaxDescriptionLength = 2000;
    public const int MaxBulkSources = 1000;

    /// <param name="sourceField">Where the source was named: "id" in the path, or "sourceIds[i]" in a bulk request.</param>
    public static RelationshipDecision Add(string sourceId, AssetRecord? source, RelationshipInput input, AssetRecord? target,
        ManualRelationships? existing, DateTimeOffset at, Cause cause, string sourceField = "id")
    {
        if (source is null)
            return new RelationshipDecision.NotFound(sourceField, $"No asset has the id '{sourceId}'.");
        var errors = new Dictionary<string, string[]>();
        CheckType(input.Type, errors);
        if (string.IsNullOrWhiteSpace(input.TargetId))
            errors["targetId"] = ["targetId is required: the id of the asset to relate to."];
        if (input.Description is { Length: > MaxDescriptionLength })
            errors["description"] = [$"description is at most {MaxDescriptionLength} characters."];
        if (errors.Count > 0)
            return new RelationshipDecision.Invalid(errors);

        var targetId = input.TargetId!.Trim();
        if (target is null)
            return new RelationshipDecision.NotFound("targetId", $"No asset has the id '{targetId}'.");
        if (targetId == sourceId)
            return Refuse(sourceField == "id" ? "targetId" : sourceField, "An asset cannot be related to itself.");
        if (source.Status == AssetStatus.Gone)
            return Refuse(sourceField, $"Asset '{sourceId}' is gone; only assets that exist can be related.");
        if (target.Status == AssetStatus.Gone)
            return Refuse("targetId", $"Asset '{targetId}' is gone; only assets that exist can be related.");
        // An AWS resource can only hold resources of its own account; other relations cross accounts as AWS allows.
        if (input.Type == EdgeTypes.Contains && source.AccountId != target.AccountId)
        {
            return Refuse(sourceField == "id" ? "targetId" : sourceField,
                $"'contains' relates assets of one account: '{sourceId}' is in account {source.AccountId} and '{targetId}' in {target.AccountId}.");
        }
        if (existing?.Has(input.Type!, targetId) == true)
            return new RelationshipDecision.Conflict(sourceField == "id" ? "targetId" : sourceField,
                $"Asset '{sourceId}' already has a '{input.Type}' edge to '{targetId}'.");

        var description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        return new RelationshipDecision.Accepted([new RelationshipAdded(sourceId, targetId, input.Type!, description, at, cause)]);
    }

    public static RelationshipDecision Remove(string sourceId, AssetRecord? source, string type, string targetId,
        ManualRelationships? existing, DateTimeOffset at, Cause cause)
    {
        if (source is null)
            return new RelationshipDecision.NotFound("id", $"No asset has the id '{sourceId}'.");
        var errors = new Dictionary<string, string[]>();
        CheckType(type, errors);
        if (errors.Count > 0)
            return new RelationshipDecision.Invalid(errors);
        if (existing?.Has(type, targetId) != true)
            return new RelationshipDecision.NotFound("targetId", $"Asset '{sourceId}' has no manual '{type}' edge to '{targetId}'.", "Relationship not found");
        return new RelationshipDecision.Accepted([new RelationshipRemoved(sourceId, targetId, type, at, cause)]);
    }

    /// <summary>Checks a bulk request's list itself; each source is then decided with <see cref="Add"/>.</summary>
    public static IReadOnlyDictionary<string, string[]> CheckSources(IReadOnlyList<string?>? sourceIds)
    {
        var errors = new Dictionary<string, string[]>();
        if (sourceIds is null || sourceIds.Count == 0)
        {
            errors["sourceIds"] = ["sourceIds is required: the assets to relate to the target."];
            return errors;
        }
        if (sourceIds.Count > MaxBulkSources)
            errors["sourceIds"] = [$"At most {MaxBulkSources} assets at a time."];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < sourceIds.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(sourceIds[i]))
                errors[$"sourceIds[{i}]"] = ["An asset id is required."];
            else if (!seen.Add(sourceIds[i]!.Trim()))
                errors[$"sourceIds[{i}]"] = [$"'{sourceIds[i]}' is listed more than once."];
        }
        return errors;
    }

    private static void CheckType(string? type, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(type))
            errors["type"] = [$"type is required: one of {string.Join(", ", EdgeTypes.Manual)}."];
        else if (!EdgeTypes.IsManual(type))
            errors["type"] = [$"'{type}' is not a type people add: use one of {string.Join(", ", EdgeTypes.Manual)}; the others follow discovery."];
    }

    private static RelationshipDecision.Invalid Refuse(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}
