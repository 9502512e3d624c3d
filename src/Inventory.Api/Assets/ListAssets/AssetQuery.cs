using Inventory.Domain.Assets;
using Inventory.Domain.Assets.Edits;

namespace Inventory.Api.Assets.ListAssets;

/// <summary>One list filter: the values to include and the values to exclude, several of each.</summary>
public sealed record FilterValues(IReadOnlyList<string> Include, IReadOnlyList<string> Exclude)
{
    public bool IsEmpty => Include.Count == 0 && Exclude.Count == 0;
}

/// <summary>
/// The asset list's question, read from the query string: filters (<c>service=ec2,rds</c>, <c>service.exclude=s3</c>,
/// <c>tag=env</c> or <c>tag=env=prod</c>), free text (<c>q</c>), sort (<c>sort=-name</c>), page size and cursor.
/// Exports, the audit and the as-of list ask the same question.
/// </summary>
public sealed record AssetQuery(
    IReadOnlyDictionary<string, FilterValues> Filters, FilterValues Tags, string? Search, string Sort, bool Descending, int PageSize,
    AssetCursor? After, bool IncludeTotal)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 1000;
    public const int MaxSearchLength = 200;

    /// <summary>Filterable fields by their query-string name, with the values allowed where the set is closed.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>?> Fields = new Dictionary<string, IReadOnlyList<string>?>(StringComparer.Ordinal)
    {
        ["service"] = null, ["resourceType"] = null, ["category"] = null, ["accountId"] = null, ["region"] = null, ["owner"] = null,
        ["department"] = null,
        ["criticality"] = HumanFields.Criticalities,
        ["classification"] = HumanFields.Classifications,
        ["status"] = Enum.GetNames<AssetStatus>().Select(Lower).ToList(),
    };

    private static readonly HashSet<string> Paging = new(StringComparer.Ordinal) { "q", "sort", "pageSize", "cursor", "includeTotal" };

    public static AssetQuery Parse(IQueryCollection query, IDictionary<string, string[]> errors, ISet<string>? otherParameters = null)
    {
        var filters = new Dictionary<string, FilterValues>(StringComparer.Ordinal);
        foreach (var (field, allowed) in Fields)
        {
            var values = Read(query, field, errors, allowed);
            if (!values.IsEmpty)
                filters[field] = values;
        }
        var tags = Read(query, "tag", errors, null);
        foreach (var key in query.Keys)
        {
            var field = key.EndsWith(".exclude", StringComparison.Ordinal) ? key[..^".exclude".Length] : key;
            if (!Fields.ContainsKey(field) && field != "tag" && !Paging.Contains(key) && otherParameters?.Contains(key) != true)
                errors[key] = [$"'{key}' is not a parameter of the asset list; filters are {string.Join(", ", Fields.Keys.Append("tag"))} (each also as <name>.exclude)."];
        }

        var search = query["q"].ToString().Trim();
        if (search.Length > MaxSearchLength)
            errors["q"] = [$"q must be at most {MaxSearchLength} characters."];

        var sortText = query["sort"].ToString();
        var descending = sortText.StartsWith('-');
        var sort = sortText.TrimStart('-', '+');
        if (sort.Length == 0)
            sort = "name";
        if (!AssetListStore.SortColumns.ContainsKey(sort))
            errors["sort"] = [$"'{sortText}' is not a sort; sort by one of {string.Join(", ", AssetListStore.SortColumns.Keys)}, with - before it for descending."];

        var pageSize = DefaultPageSize;
        var sizeText = query["pageSize"].ToString();
        if (sizeText.Length > 0 && (!int.TryParse(sizeText, out pageSize) || pageSize < 1 || pageSize > MaxPageSize))
            errors["pageSize"] = [$"pageSize must be a whole number from 1 to {MaxPageSize}."];

        AssetCursor? after = null;
        var cursorText = query["cursor"].ToString();
        if (cursorText.Length > 0)
        {
            after = AssetCursor.Decode(cursorText);
            if (after is null || after.Sort != sort || after.Descending != descending || !after.Fits(AssetListStore.SortColumns.GetValueOrDefault(sort)))
                errors["cursor"] = ["cursor is not one this list gave out for the same sort; start again without it."];
        }
        var totalText = query["includeTotal"].ToString();
        var includeTotal = false;
        if (totalText.Length > 0 && !bool.TryParse(totalText, out includeTotal))
            errors["includeTotal"] = ["includeTotal must be true or false."];

        return new AssetQuery(filters, tags, search.Length == 0 ? null : search, sort, descending, pageSize, after, includeTotal);
    }

    private static FilterValues Read(IQueryCollection query, string field, IDictionary<string, string[]> errors, IReadOnlyList<string>? allowed)
    {
        var include = Values(query, field);
        var exclude = Values(query, field + ".exclude");
        if (allowed is not null)
        {
            var unknown = include.Concat(exclude).Where(v => !allowed.Contains(v)).Distinct().ToList();
            if (unknown.Count > 0)
                errors[field] = [$"{string.Join(", ", unknown)} {(unknown.Count == 1 ? "is not a" : "are not")} {field}; use {string.Join(", ", allowed)}."];
        }
        if (field == "tag")
        {
            foreach (var bad in include.Concat(exclude).Where(t => t.StartsWith('=')))
                errors["tag"] = [$"'{bad}' has no tag key; use key or key=value."];
        }
        return new FilterValues(include, exclude);
    }

    // Repeated parameters and comma-separated lists both work (tags only repeat: a tag value may hold a comma); closed sets compare in lower case.
    private static List<string> Values(IQueryCollection query, string name) =>
        query[name].SelectMany(v => name.StartsWith("tag", StringComparison.Ordinal) ? [v ?? ""] : (v ?? "").Split(','))
            .Select(v => v.Trim()).Where(v => v.Length > 0)
            .Select(v => name.StartsWith("status", StringComparison.Ordinal) || name.StartsWith("criticality", StringComparison.Ordinal)
                || name.StartsWith("classification", StringComparison.Ordinal) ? v.ToLowerInvariant() : v)
            .Distinct(StringComparer.Ordinal).ToList();

    private static string Lower(string name) => name.ToLowerInvariant();
}
