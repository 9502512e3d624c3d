using Inventory.Domain.Assets;
using Inventory.Domain.Assets.Edits;
using Inventory.Domain.Relationships;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Inventory.Api.Assets.AssetTimeline;

/// <summary>One event in an asset's history, with who caused it and what it changed.</summary>
public sealed record TimelineEntry(
    long Version,
    string Type,
    DateTimeOffset At,
    DateTimeOffset RecordedAt,
    Cause Cause,
    IReadOnlyList<FieldChange> Changes,
    GoneReason? GoneReason,
    bool Reappeared);

public sealed record AssetTimeline(string AssetId, IReadOnlyList<TimelineEntry> Entries, int Page, int PageSize, long Total);

public static class AssetTimelineEndpoint
{
    public static ProblemDetails Validate(string? page, string? pageSize) =>
        Paging.Check(page, pageSize, out _, out _) ?? WolverineContinue.NoProblems;

    [WolverineGet("/api/assets/{id}/timeline")]
    public static async Task<IResult> Get(string id, string? page, string? pageSize, IQuerySession session, CancellationToken cancellation)
    {
        Paging.Check(page, pageSize, out var number, out var size);
        // The stream itself is the exact history; no read model can be more complete than it.
        var events = await session.Events.FetchStreamAsync(id, token: cancellation);
        if (events.Count == 0)
            return AssetProblems.NotFound(id);
        var entries = events
            .OrderByDescending(e => e.Version)
            .Skip((number - 1) * size).Take(size)
            .Select(Entry)
            .OfType<TimelineEntry>()
            .ToList();
        return Results.Ok(new AssetTimeline(id, entries, number, size, events.Count));
    }

    private static TimelineEntry? Entry(IEvent e) => e.Data switch
    {
        // A first sight lists every field as new, so the timeline shows what the asset looked like.
        AssetSeen seen => new TimelineEntry(e.Version, "AssetSeen", seen.ObservedAt, e.Timestamp, seen.Cause,
            seen.Fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => new FieldChange(f.Key, null, f.Value)).ToList(), null, seen.Reappeared),
        AssetChanged changed => new TimelineEntry(e.Version, "AssetChanged", changed.ObservedAt, e.Timestamp, changed.Cause, changed.Changes, null, false),
        AssetGone gone => new TimelineEntry(e.Version, "AssetGone", gone.ObservedAt, e.Timestamp, gone.Cause, [], gone.Reason, false),
        ManualAssetRegistered registered => new TimelineEntry(e.Version, "ManualAssetRegistered", registered.At, e.Timestamp, registered.Cause,
            [new FieldChange(EditRules.NameField, null, registered.Name), .. registered.Fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => new FieldChange(f.Key, null, f.Value))],
            null, false),
        AssetEdited edited => new TimelineEntry(e.Version, "AssetEdited", edited.At, e.Timestamp, edited.Cause, edited.Changes, null, false),
        // A manual edge reads as a field of the source: relationship.<type> gains or loses its target.
        RelationshipAdded added => new TimelineEntry(e.Version, "RelationshipAdded", added.At, e.Timestamp, added.Cause,
            [new FieldChange($"relationship.{added.Type}", null, added.TargetId)], null, false),
        RelationshipRemoved removed => new TimelineEntry(e.Version, "RelationshipRemoved", removed.At, e.Timestamp, removed.Cause,
            [new FieldChange($"relationship.{removed.Type}", removed.TargetId, null)], null, false),
        AssetDecommissioned decommissioned => new TimelineEntry(e.Version, "AssetDecommissioned", decommissioned.At, e.Timestamp, decommissioned.Cause,
            decommissioned.Reason is null ? [] : [new FieldChange("reason", null, decommissioned.Reason)], null, false),
        _ => null,
    };
}
