using Inventory.Domain.Assets.Edits;
using SpreadCheetah;
using SpreadCheetah.Worksheets;

namespace Inventory.Api.Assets.Export;

/// <summary>What the database counted over the export's filters, before any row is written.</summary>
internal sealed record ExportCounts(
    IReadOnlyList<(string Value, long Count)> ByService,
    IReadOnlyList<(string Value, long Count)> ByAccount,
    IReadOnlyList<(string Value, long Count)> ByCriticality)
{
    public long Total => ByService.Sum(s => s.Count);
}

/// <summary>The first sheet: when and with which filters the register was exported, and counts by service, account and criticality.</summary>
internal static class SummarySheet
{
    public const string Name = "Summary";
    public const string NoAccount = "(no AWS account)";
    public const string NotSet = "(not set)";

    public static async Task WriteAsync(Spreadsheet spreadsheet, WorkbookStyles styles, ExportCounts counts, string filters, DateTimeOffset at,
        CancellationToken cancellation)
    {
        await spreadsheet.StartWorksheetAsync(Name, Options(), cancellation);
        await spreadsheet.AddRowAsync([WorkbookStyles.Text("Asset register", styles.Title)], cancellation);
        await spreadsheet.AddRowAsync([WorkbookStyles.Text("Exported at (UTC)"), styles.Time(at)], cancellation);
        await spreadsheet.AddRowAsync([WorkbookStyles.Text("Filters"), WorkbookStyles.Text(FormulaGuard.Neutralise(filters.Length == 0 ? "none" : filters))],
            cancellation);
        await spreadsheet.AddRowAsync([WorkbookStyles.Text("Assets"), new Cell(counts.Total)], cancellation);

        await SectionAsync(spreadsheet, styles, "Service", counts.ByService, cancellation);
        await SectionAsync(spreadsheet, styles, "Account", counts.ByAccount.Select(a => (a.Value.Length == 0 ? NoAccount : a.Value, a.Count)), cancellation);
        // Most critical first, as people read criticality; every level is listed, with nought where none matched.
        var criticality = HumanFields.Criticalities.Append("")
            .Select(level => (level.Length == 0 ? NotSet : level, counts.ByCriticality.Where(c => c.Value == level).Sum(c => c.Count)));
        await SectionAsync(spreadsheet, styles, "Criticality", criticality, cancellation);
    }

    private static WorksheetOptions Options()
    {
        var options = new WorksheetOptions();
        options.Column(1).Width = 28;
        options.Column(2).Width = 24;
        return options;
    }

    private static async Task SectionAsync(Spreadsheet spreadsheet, WorkbookStyles styles, string title, IEnumerable<(string Value, long Count)> counts,
        CancellationToken cancellation)
    {
        await spreadsheet.AddRowAsync(Array.Empty<Cell>(), cancellation);
        await styles.AddHeaderAsync(spreadsheet, [title, "Assets"], cancellation);
        foreach (var (value, count) in counts)
            await spreadsheet.AddRowAsync([WorkbookStyles.Text(FormulaGuard.Neutralise(value)), new Cell(count)], cancellation);
    }
}
