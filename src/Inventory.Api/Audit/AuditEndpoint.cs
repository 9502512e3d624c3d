using Microsoft.AspNetCore.Mvc;
using System.Globalization;
using Inventory.Api.Assets.AsOf;
using Inventory.Api.Assets.ListAssets;
using Inventory.Domain.Assets;
using Inventory.Domain.Audit;
using Marten;
using Wolverine.Http;

namespace Inventory.Api.Audit;

/// <summary>One fact of the audit: an asset appeared, changed, vanished or was decommissioned, when and by whose doing.</summary>
public sealed record AuditEntry(
    DateTimeOffset At, LifecycleKind Kind, string AssetId, string? HumanId, string? Name, string ResourceType, string Service, string AccountId,
    string Region, Cause Cause, IReadOnlyList<string> ChangedFields, GoneReason? GoneReason, bool Reappeared);

public sealed record AuditPage(DateTimeOffset From, DateTimeOffset To, IReadOnlyList<AuditEntry> Items, int PageSize, string? NextCursor, long? Total);

public static class AuditEndpoint
{
    private static readonly HashSet<string> Own = new(StringComparer.Ordinal) { "from", "to", "kind", "kind.exclude" };
    private static readonly IReadOnlyList<string> Kinds = Enum.GetNames<LifecycleKind>().Select(k => k.ToLowerInvariant()).ToList();

    /// <summary>What appeared, changed, vanished or was decommissioned in [from, to), newest first, for the assets the list's filters match.</summary>
    [WolverineGet("/api/audit")]
    [ProducesResponseType<AuditPage>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public static async Task<IResult> Get(HttpContext context, IQuerySession session, CancellationToken cancellation)
    {
        var request = context.Request.Query;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var from = AsOfEndpoints.Instant(request["from"].ToString(), "from", errors);
        var to = request["to"].Count == 0 ? DateTimeOffset.UtcNow : AsOfEndpoints.Instant(request["to"].ToString(), "to", errors);
        if (from is { } f && to is { } t && f > t)
            errors["from"] = ["from must not be after to."];
        var include = KindsOf(request["kind"], "kind", errors);
        var exclude = KindsOf(request["kind.exclude"], "kind.exclude", errors);
        // The audit's cursor is its own (time and row); the list's parser sees only the filters.
        var filters = new QueryCollection(request.Where(p => p.Key != "cursor").ToDictionary(p => p.Key, p => p.Value));
        var query = AssetQuery.Parse(filters, errors, Own);
        if (request["sort"].Count > 0)
            errors["sort"] = ["The audit is always newest first; page it with the cursor it gives out."];
        if (errors.Count > 0)
            return Results.ValidationProblem(errors, title: "Invalid audit request", detail: string.Join(" ", errors.Values.SelectMany(e => e)));

        var categories = await CategoryDefaults.LoadAsync(session, cancellation);
        var assets = AssetQuerySql.For(query, AssetQuerySql.TableOf(session), categories);
        var conditions = new List<string> { "at >= ? and at < ?" };
        var parameters = new List<object> { from!.Value, to!.Value };
        if (include.Length > 0)
        {
            conditions.Add("kind = ANY(?)");
            parameters.Add(include);
        }
        if (exclude.Length > 0)
        {
            conditions.Add("not (kind = ANY(?))");
            parameters.Add(exclude);
        }
        if (assets.Parameters.Count > 0)
        {
            conditions.Add($"asset_id in (select id from {assets.Table} where {assets.Where})");
            parameters.AddRange(assets.Parameters);
        }
        var table = $"{session.DocumentStore.Options.DatabaseSchemaName}.mt_doc_assetlifecyclerow";
        var where = string.Join(" and ", conditions);
        long? total = query.IncludeTotal ? await AssetRows.CountAsync(session.DocumentStore, $"select count(*) from {table} where {where}", parameters, cancellation) : null;

        var cursor = request["cursor"].ToString();
        var page = new List<object>(parameters);
        var pageWhere = where;
        if (cursor.Length > 0)
        {
            if (AssetCursor.Decode(cursor) is not { Sort: "at" } after || !Guid.TryParse(after.Id, out var afterId)
                || !DateTimeOffset.TryParse(after.Value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var afterAt))
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["cursor"] = ["cursor is not one the audit gave out."] });
            pageWhere += " and (at, id) < (?, ?)";
            page.Add(afterAt);
            page.Add(afterId);
        }
        page.Add(query.PageSize + 1);
        var rows = await AssetRows.QueryAsync<AssetLifecycleRow>(session.DocumentStore,
            $"select data from {table} where {pageWhere} order by at desc, id desc limit ?", page, cancellation);
        var shown = rows.Take(query.PageSize).ToList();
        var next = rows.Count > query.PageSize
            ? new AssetCursor("at", true, shown[^1].At.ToString("O", CultureInfo.InvariantCulture), shown[^1].Id.ToString("D")).Encode()
            : null;
        var views = (await session.LoadManyAsync<AssetView>(cancellation, shown.Select(r => r.AssetId).Distinct().ToArray())).ToDictionary(v => v.Id);
        var items = shown.Select(r => Entry(r, views.GetValueOrDefault(r.AssetId))).ToList();
        return Results.Ok(new AuditPage(from.Value, to.Value, items, query.PageSize, next, total));
    }

    private static AuditEntry Entry(AssetLifecycleRow row, AssetView? view) => new(
        row.At, row.Kind, row.AssetId, view?.HumanId, view?.Name, view?.ResourceType ?? row.ResourceType, view?.Service ?? row.Service,
        view?.AccountId ?? row.AccountId, view?.Region ?? row.Region, row.Cause, row.ChangedFields, row.GoneReason, row.Reappeared);

    private static string[] KindsOf(Microsoft.Extensions.Primitives.StringValues values, string field, IDictionary<string, string[]> errors)
    {
        var kinds = values.SelectMany(v => (v ?? "").Split(',')).Select(v => v.Trim().ToLowerInvariant()).Where(v => v.Length > 0).Distinct().ToList();
        var unknown = kinds.Where(k => !Kinds.Contains(k)).ToList();
        if (unknown.Count > 0)
            errors[field] = [$"{string.Join(", ", unknown)} is not a kind; use {string.Join(", ", Kinds)}."];
        return kinds.Where(Kinds.Contains).Select(k => Enum.GetNames<LifecycleKind>().Single(n => n.Equals(k, StringComparison.OrdinalIgnoreCase))).ToArray();
    }
}
