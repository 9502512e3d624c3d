using System.Globalization;
using System.Text;
using Inventory.Domain.Assets;
using Inventory.Domain.Categories;
using Marten;

namespace Inventory.Api.Assets.ListAssets;

/// <summary>The asset list's question as SQL over the asset view's columns: a WHERE clause, its parameters, and the keyset order.</summary>
internal sealed class AssetQuerySql
{
    private static readonly Dictionary<string, string> Columns = new(StringComparer.Ordinal)
    {
        ["service"] = "service", ["resourceType"] = "resource_type", ["accountId"] = "account_id", ["region"] = "region",
        ["owner"] = "owner", ["department"] = "department", ["criticality"] = "criticality", ["classification"] = "classification",
        ["status"] = "status",
    };

    private readonly StringBuilder where = new();
    private readonly List<object> parameters = [];

    public string Table { get; }
    public string Where => where.Length == 0 ? "true" : where.ToString();
    public IReadOnlyList<object> Parameters => parameters;

    private AssetQuerySql(string table) => Table = table;

    public static string TableOf(IQuerySession session) => $"{session.DocumentStore.Options.DatabaseSchemaName}.mt_doc_assetview";

    /// <param name="categoryServices">The services whose default category is each category, for assets no one categorised.</param>
    public static AssetQuerySql For(AssetQuery query, string table, IReadOnlyDictionary<string, string> categoryServices)
    {
        var sql = new AssetQuerySql(table);
        foreach (var (field, values) in query.Filters)
        {
            if (field == "category")
                sql.Category(values, categoryServices);
            else
                sql.Column(Columns[field], field == "status" ? Statuses(values) : values);
        }
        if (!query.Tags.IsEmpty)
            sql.Tags(query.Tags);
        if (query.Search is { } search)
            sql.And("search_text like ?", "%" + Escape(search.ToLowerInvariant()) + "%");
        return sql;
    }

    /// <summary>Over asset versions: only the version each asset had at that instant.</summary>
    public AssetQuerySql ValidAt(DateTimeOffset at)
    {
        And("valid_from <= ? and valid_until > ?", at, at);
        return this;
    }

    public static string VersionTableOf(IQuerySession session) => $"{session.DocumentStore.Options.DatabaseSchemaName}.mt_doc_assetversion";

    /// <summary>The WHERE clause with the keyset condition after the cursor, and the ORDER BY of the sort.</summary>
    public (string Where, string OrderBy, List<object> Parameters) Page(AssetQuery query)
    {
        var column = AssetListStore.SortColumns[query.Sort];
        var direction = query.Descending ? "desc" : "asc";
        var all = new List<object>(parameters);
        var condition = Where;
        if (query.After is { } after)
        {
            condition = $"({condition}) and ({column}, id) {(query.Descending ? "<" : ">")} (?, ?)";
            all.Add(SortValue(column, after.Value));
            all.Add(after.Id);
        }
        return (condition, $"{column} {direction}, id {direction}", all);
    }

    /// <summary>
    /// One page, one row more than the page size to know whether another follows. The page's ids are found on narrow
    /// rows first; only those few documents are read, so a filter matching many rows never sorts their large documents.
    /// </summary>
    public (string Sql, List<object> Parameters) PageQuery(AssetQuery query)
    {
        var (where, orderBy, parameters) = Page(query);
        parameters.Add(query.PageSize + 1);
        return ($"select data from {Table} where id in (select id from {Table} where {where} order by {orderBy} limit ?) order by {orderBy}", parameters);
    }

    public static string CursorValue(AssetView view, string sort) => AssetListStore.SortColumns[sort] switch
    {
        "sort_name" => view.SortName,
        "number" => view.Number.ToString(CultureInfo.InvariantCulture),
        "service" => view.Service,
        "resource_type" => view.ResourceType,
        "account_id" => view.AccountId,
        "region" => view.Region,
        "status" => view.Status.ToString(),
        "criticality_rank" => view.CriticalityRank.ToString(CultureInfo.InvariantCulture),
        "owner" => view.Owner,
        "department" => view.Department,
        "category" => view.Category,
        "classification" => view.Classification,
        "first_seen_at" => view.FirstSeenAt.ToString("O", CultureInfo.InvariantCulture),
        "last_changed_at" => view.LastChangedAt.ToString("O", CultureInfo.InvariantCulture),
        var other => throw new InvalidOperationException($"No cursor value for {other}."),
    };

    private static object SortValue(string column, string value) => column switch
    {
        "number" => long.Parse(value, CultureInfo.InvariantCulture),
        "criticality_rank" => int.Parse(value, CultureInfo.InvariantCulture),
        "first_seen_at" or "last_changed_at" => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        _ => value,
    };

    private void Column(string column, FilterValues values)
    {
        if (values.Include.Count > 0)
            And($"{column} = ANY(?)", Array(values.Include));
        if (values.Exclude.Count > 0)
            And($"not ({column} = ANY(?))", Array(values.Exclude));
    }

    // A person's category wins; an asset no one categorised falls in its service's default category.
    private void Category(FilterValues values, IReadOnlyDictionary<string, string> categoryServices)
    {
        string[] ServicesOf(IEnumerable<string> slugs) => categoryServices.Where(s => slugs.Contains(s.Value)).Select(s => s.Key).ToArray();
        if (values.Include.Count > 0)
            And("(category = ANY(?) or (category = '' and service = ANY(?)))", Array(values.Include), Array(ServicesOf(values.Include)));
        if (values.Exclude.Count > 0)
            And("not (category = ANY(?) or (category = '' and service = ANY(?)))", Array(values.Exclude), Array(ServicesOf(values.Exclude)));
    }

    // key matches any value of that key; key=value only that value. Several tags: any of them.
    private void Tags(FilterValues tags)
    {
        static (string[] Keys, string[] Pairs) Split(IEnumerable<string> terms) =>
            (terms.Where(t => !t.Contains('=')).ToArray(), terms.Where(t => t.Contains('=')).ToArray());
        var (keys, pairs) = Split(tags.Include);
        if (keys.Length + pairs.Length > 0)
            And("(tag_keys && ? or tag_pairs && ?)", Array(keys), Array(pairs));
        (keys, pairs) = Split(tags.Exclude);
        if (keys.Length + pairs.Length > 0)
            And("not (coalesce(tag_keys && ?, false) or coalesce(tag_pairs && ?, false))", Array(keys), Array(pairs));
    }

    private static FilterValues Statuses(FilterValues values) => new(
        values.Include.Select(Status).ToList(), values.Exclude.Select(Status).ToList());

    private static string Status(string lower) => Enum.GetNames<AssetStatus>().Single(n => n.Equals(lower, StringComparison.OrdinalIgnoreCase));

    // A string[] passed straight into params object[] would be spread into one value per element.
    private static object Array(IEnumerable<string> values) => values.ToArray();

    private void And(string condition, params object[] values)
    {
        if (where.Length > 0)
            where.Append(" and ");
        where.Append(condition);
        parameters.AddRange(values);
    }

    /// <summary>Text matched literally by LIKE: its wildcards and the escape character escaped.</summary>
    internal static string Escape(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
