using Inventory.Api.Assets.ListAssets;
using SpreadCheetah;
using SpreadCheetah.Worksheets;

namespace Inventory.Api.Assets.Export;

/// <summary>
/// A sheet with one section per service (or account): a bold row naming it and its count, then its assets in the export's sort,
/// grouped one outline level down so Excel can fold each section. Each section is its own keyset read, filtered to that value.
/// </summary>
internal static class GroupedSheet
{
    public sealed record Grouping(string SheetName, string Label, string Field, string Column, string OtherColumn);

    public static readonly Grouping ByService = new("By Service", "Service", "service", "Service", "Account");
    public static readonly Grouping ByAccount = new("By Account", "Account", "accountId", "Account", "Service");

    private static readonly RowOptions InSection = new() { OutlineLevel = 1 };

    /// <summary>The columns of a section's rows: who and what the asset is, without the column the section already names.</summary>
    public static IReadOnlyList<string> Headers(Grouping grouping) =>
    [
        "Human ID", "Name", "Type", grouping.OtherColumn, "Region", "Resource ID", "Status", "Category", "Criticality", "Owner", "Department",
        "Classification", RegisterColumns.LastChanged,
    ];

    /// <summary>The text of a section's first cell, e.g. "Service ec2 (12 assets)".</summary>
    public static string Title(Grouping grouping, string value, long count) =>
        $"{grouping.Label} {(value.Length == 0 ? SummarySheet.NoAccount : value)} ({count} {(count == 1 ? "asset" : "assets")})";

    public static async Task WriteAsync(Spreadsheet spreadsheet, WorkbookStyles styles, Grouping grouping, IReadOnlyList<(string Value, long Count)> groups,
        Func<AssetQuery, IAsyncEnumerable<IReadOnlyList<RegisterRow>>> read, AssetQuery query, CancellationToken cancellation)
    {
        var headers = Headers(grouping);
        var indexes = headers.Take(headers.Count - 1).Select(RegisterColumns.IndexOf).ToArray();
        var options = WorkbookStyles.Columns(headers.Select(h => RegisterColumns.Widths[RegisterColumns.IndexOf(h)]).ToList(), filter: false);
        options.MaxRowOutlineLevel = 1;
        options.Column(1).Width = 30;
        await spreadsheet.StartWorksheetAsync(grouping.SheetName, options, cancellation);
        await styles.AddHeaderAsync(spreadsheet, headers, cancellation);
        var cells = new Cell[headers.Count];
        foreach (var (value, count) in groups)
        {
            await spreadsheet.AddRowAsync([WorkbookStyles.Text(FormulaGuard.Neutralise(Title(grouping, value, count)), styles.Group)], cancellation);
            // Narrowing the field to one value the whole filter let through leaves the rest of the question as it was.
            var section = query with { Filters = new Dictionary<string, FilterValues>(query.Filters) { [grouping.Field] = new([value], []) } };
            await foreach (var rows in read(section).WithCancellation(cancellation))
            {
                foreach (var row in rows)
                {
                    for (var i = 0; i < indexes.Length; i++)
                        cells[i] = WorkbookStyles.Text(row.Texts[indexes[i]]);
                    cells[^1] = styles.Time(row.LastChangedAt);
                    await spreadsheet.AddRowAsync(cells, InSection, cancellation);
                }
            }
        }
    }
}
