using Inventory.Api.Assets.ListAssets;
using Inventory.Domain.Assets;
using Inventory.Domain.Categories;
using Marten;
using Npgsql;
using Wolverine.Http;

namespace Inventory.Api.Assets.FilterOptions;

public sealed record FilterOption(string Value, long Count);

/// <summary>Every value each filter can take among the assets the other filters leave, with how many assets have it.</summary>
public sealed record FilterOptions(IReadOnlyDictionary<string, IReadOnlyList<FilterOption>> Fields, IReadOnlyList<FilterOption> TagKeys);

public sealed record Suggestions(string Field, string Prefix, IReadOnlyList<string> Values);

public static class FilterOptionsEndpoints
{
    internal const int TagKeyLimit = 200;
    internal const int SuggestionLimit = 50;

    private static readonly IReadOnlyDictionary<string, string> Columns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["service"] = "service", ["resourceType"] = "resource_type", ["accountId"] = "account_id", ["region"] = "region",
        ["status"] = "status", ["criticality"] = "criticality", ["classification"] = "classification", ["owner"] = "owner",
        ["department"] = "department",
    };

    /// <summary>Facets for the list: counts per value of every filter, under the filters already chosen.</summary>
    [WolverineGet("/api/assets/filter-options")]
    public static async Task<IResult> Options(HttpContext context, IQuerySession session, CancellationToken cancellation)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var query = AssetQuery.Parse(context.Request.Query, errors);
        if (errors.Count > 0)
            return Results.ValidationProblem(errors, title: "Invalid filter options request", detail: string.Join(" ", errors.Values.SelectMany(e => e)));
        var categories = await CategoryDefaults.LoadAsync(session, cancellation);
        var sql = AssetQuerySql.For(query, AssetQuerySql.TableOf(session), categories);
        var store = session.DocumentStore;

        var fields = new Dictionary<string, IReadOnlyList<FilterOption>>(StringComparer.Ordinal);
        foreach (var (field, column) in Columns)
        {
            var rows = await CountsAsync(store, $"select {column}, count(*) from {sql.Table} where {sql.Where} and {column} <> '' group by {column} order by 2 desc, 1", sql.Parameters, cancellation);
            fields[field] = field == "status" ? rows.Select(r => r with { Value = r.Value.ToLowerInvariant() }).ToList() : rows;
        }
        // An asset no one categorised counts in its service's default category.
        var byService = (await CountsAsync(store, $"select service, count(*) from {sql.Table} where {sql.Where} and category = '' group by service", sql.Parameters, cancellation))
            .ToDictionary(r => r.Value, r => r.Count);
        var chosen = await CountsAsync(store, $"select category, count(*) from {sql.Table} where {sql.Where} and category <> '' group by category", sql.Parameters, cancellation);
        var categoryCounts = chosen.ToDictionary(r => r.Value, r => r.Count);
        foreach (var (service, count) in byService)
        {
            if (categories.TryGetValue(service, out var slug))
                categoryCounts[slug] = categoryCounts.GetValueOrDefault(slug) + count;
        }
        var defined = await session.Query<CategoryView>().Where(c => !c.Removed).Select(c => c.Slug).ToListAsync(cancellation);
        fields["category"] = defined.Select(s => new FilterOption(s, categoryCounts.GetValueOrDefault(s)))
            .OrderByDescending(o => o.Count).ThenBy(o => o.Value, StringComparer.Ordinal).ToList();

        var tagKeys = await CountsAsync(store,
            $"select key, count(*) from {sql.Table}, unnest(tag_keys) as key where {sql.Where} group by key order by 2 desc, 1 limit {TagKeyLimit}", sql.Parameters, cancellation);
        return Results.Ok(new FilterOptions(fields, tagKeys));
    }

    /// <summary>Values that start with what a person typed: owners, departments, tag keys, a tag's values, names.</summary>
    [WolverineGet("/api/assets/autocomplete")]
    public static async Task<IResult> Autocomplete(string? field, string? prefix, string? tag, int? limit, IQuerySession session, CancellationToken cancellation)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string[] known = ["owner", "department", "name", "tag", "tagValue", "resourceType", "region", "accountId", "service"];
        if (field is null || !known.Contains(field))
            errors["field"] = [$"field must be one of {string.Join(", ", known)}."];
        if (field == "tagValue" && string.IsNullOrWhiteSpace(tag))
            errors["tag"] = ["tag (the key whose values to suggest) is required with field=tagValue."];
        var take = limit ?? 10;
        if (take is < 1 or > SuggestionLimit)
            errors["limit"] = [$"limit must be between 1 and {SuggestionLimit}."];
        var typed = (prefix ?? "").Trim();
        if (typed.Length > AssetQuery.MaxSearchLength)
            errors["prefix"] = [$"prefix must be at most {AssetQuery.MaxSearchLength} characters."];
        if (errors.Count > 0)
            return Results.ValidationProblem(errors, title: "Invalid autocomplete request", detail: string.Join(" ", errors.Values.SelectMany(e => e)));

        var table = AssetQuerySql.TableOf(session);
        var pattern = AssetQuerySql.Escape(typed.ToLowerInvariant()) + "%";
        var (sql, parameters) = field switch
        {
            "name" => ($"select distinct data ->> 'name' from {table} where sort_name like ? and data ->> 'name' is not null order by 1 limit ?", new object[] { pattern, take }),
            "tag" => ($"select distinct key from {table}, unnest(tag_keys) as key where lower(key) like ? order by 1 limit ?", new object[] { pattern, take }),
            "tagValue" => ($"select distinct substr(pair, length(?) + 2) from {table}, unnest(tag_pairs) as pair where pair like ? || '=%' and lower(substr(pair, length(?) + 2)) like ? order by 1 limit ?",
                new object[] { tag!, AssetQuerySql.Escape(tag!), tag!, pattern, take }),
            _ => ($"select distinct {Column(field!)} from {table} where lower({Column(field!)}) like ? and {Column(field!)} <> '' order by 1 limit ?", new object[] { pattern, take }),
        };
        var values = await AssetRows.ReadAsync(session.DocumentStore, sql, parameters, reader => reader.GetString(0), cancellation);
        return Results.Ok(new Suggestions(field!, typed, values));
    }

    private static string Column(string field) => field switch
    {
        "owner" => "owner", "department" => "department", "resourceType" => "resource_type", "region" => "region",
        "accountId" => "account_id", "service" => "service",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a column field."),
    };

    private static async Task<IReadOnlyList<FilterOption>> CountsAsync(IDocumentStore store, string sql, IReadOnlyList<object> parameters, CancellationToken cancellation) =>
        await AssetRows.ReadAsync(store, sql, parameters, reader => new FilterOption(reader.GetString(0), reader.GetInt64(1)), cancellation);
}
