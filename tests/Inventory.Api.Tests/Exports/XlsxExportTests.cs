using System.Globalization;
using System.Xml.Linq;
using Inventory.Api.Assets.Export;
using Inventory.Api.Assets.ListAssets;

namespace Inventory.Api.Tests.Exports;

public sealed class XlsxExportTests(ExportApp app) : IClassFixture<ExportApp>
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private async Task<byte[]> XlsxAsync(string query) => (await app.Host.DownloadAsync("/api/assets/export.xlsx?" + query)).Body;

    private static string Text(object? cell) => cell switch
    {
        null => "",
        DateTime at => RegisterColumns.Time(new DateTimeOffset(at, TimeSpan.Zero)),
        double number => number.ToString(CultureInfo.InvariantCulture),
        _ => cell.ToString()!,
    };

    [Fact]
    public async Task The_sheets_are_summary_by_service_by_account_and_the_full_list_in_that_order()
    {
        var sheets = ExportFiles.Workbook(await XlsxAsync(""));
        Assert.Equal(["Summary", "By Service", "By Account", "Full List"], sheets.Keys);
    }

    [Theory]
    [MemberData(nameof(CsvExportTests.Questions), MemberType = typeof(CsvExportTests))]
    public async Task The_full_list_is_the_csv_with_real_dates_and_the_lists_rows_in_order(string query)
    {
        var full = ExportFiles.Workbook(await XlsxAsync(query))["Full List"];
        var (csvHeaders, csvRows) = ExportFiles.Csv((await app.Host.DownloadAsync("/api/assets/export.csv?" + query)).Body);
        var list = await ListRows.AllAsync(app.Host, query);

        Assert.Equal(RegisterColumns.Headers, full[0].Select(Text));
        var rows = full.Skip(1).ToList();
        Assert.All(rows, r => Assert.IsType<DateTime>(r[^1]));
        Assert.Equal(csvRows, rows.Select(r => r.Select(Text).ToArray()));
        Assert.Equal(list.Select(ListRows.Expected), rows.Select(r => ListRows.Of(csvHeaders, r.Select(Text).ToArray())));
    }

    [Theory]
    [InlineData("")]
    [InlineData("status.exclude=gone&service.exclude=s3")]
    [InlineData("tag=env")]
    [InlineData("criticality=critical,high,low")]
    public async Task The_summary_counts_exactly_what_the_list_returns(string query)
    {
        var summary = ExportFiles.Workbook(await XlsxAsync(query))["Summary"];
        var list = await ListRows.AllAsync(app.Host, query);

        Assert.Equal(list.Count, Convert.ToInt64(summary.Single(r => Text(r[0]) == "Assets")[1], CultureInfo.InvariantCulture));
        Assert.Equal(Counts(list.GroupBy(a => a.Service)), Section(summary, "Service"));
        Assert.Equal(Counts(list.GroupBy(a => a.AccountId.Length == 0 ? SummarySheet.NoAccount : a.AccountId)), Section(summary, "Account"));
        var byCriticality = Section(summary, "Criticality");
        Assert.Equal(["critical", "high", "medium", "low", SummarySheet.NotSet], byCriticality.Keys);
        Assert.Equal(Counts(list.GroupBy(a => a.Criticality ?? SummarySheet.NotSet)), byCriticality.Where(c => c.Value > 0).ToDictionary());
        Assert.Equal(Uri.UnescapeDataString(query.Length == 0 ? "none" : query), Text(summary.Single(r => Text(r[0]) == "Filters")[1]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("status.exclude=gone&sort=-name")]
    [InlineData("service=ec2,s3&sort=-lastChangedAt")]
    public async Task By_service_and_by_account_hold_one_section_per_value_with_its_assets_in_the_lists_order(string query)
    {
        var sheets = ExportFiles.Workbook(await XlsxAsync(query));
        var list = await ListRows.AllAsync(app.Host, query);

        foreach (var (sheet, grouping, key) in new[]
        {
            ("By Service", GroupedSheet.ByService, (Func<AssetSummary, string>)(a => a.Service)),
            ("By Account", GroupedSheet.ByAccount, a => a.AccountId),
        })
        {
            var rows = sheets[sheet];
            Assert.Equal(GroupedSheet.Headers(grouping), rows[0].Select(Text));
            var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            List<string>? current = null;
            foreach (var row in rows.Skip(1))
            {
                if (row.Skip(1).All(c => c is null))
                    sections[Text(row[0])] = current = [];
                else
                    current!.Add(Text(row[0]) + " " + Text(row[1]));
            }
            var expected = list.GroupBy(key).ToDictionary(
                g => GroupedSheet.Title(grouping, g.Key, g.Count()),
                g => g.Select(a => a.HumanId + " " + FormulaGuard.Neutralise(a.Name)).ToList());
            Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), sections.OrderBy(e => e.Key, StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task Headers_are_bold_columns_are_sized_dates_are_dates_and_no_cell_is_a_formula()
    {
        var parts = ExportFiles.Parts(await XlsxAsync(""));
        var styles = parts["xl/styles.xml"].Root!;
        var fonts = styles.Element(Main + "fonts")!.Elements(Main + "font").ToList();
        var formats = styles.Element(Main + "cellXfs")!.Elements(Main + "xf").ToList();
        bool Bold(XElement cell) => cell.Attribute("s") is { } s && fonts[(int)formats[int.Parse(s.Value, CultureInfo.InvariantCulture)].Attribute("fontId")!].Element(Main + "b") is not null;

        var sheets = parts.Where(p => p.Key.StartsWith("xl/worksheets/", StringComparison.Ordinal)).Select(p => p.Value.Root!).ToList();
        Assert.Equal(4, sheets.Count);
        foreach (var sheet in sheets)
        {
            Assert.Empty(sheet.Descendants(Main + "f"));
            Assert.Contains(sheet.Descendants(Main + "col"), c => c.Attribute("width") is not null);
        }
        // By Service, By Account and Full List freeze their header row.
        var withHeaders = sheets.Where(s => s.Descendants(Main + "pane").Any()).ToList();
        Assert.Equal(3, withHeaders.Count);
        foreach (var sheet in withHeaders)
        {
            var header = sheet.Descendants(Main + "row").First().Elements(Main + "c").ToList();
            Assert.NotEmpty(header);
            Assert.All(header, c => Assert.True(Bold(c), $"header cell {c} is not bold"));
        }
        var full = ExportFiles.Workbook(await XlsxAsync(""))["Full List"];
        Assert.All(full.Skip(1), r => Assert.Equal(Harness.Scans.Monday.Year, ((DateTime)r[^1]!).Year));
    }

    [Fact]
    public async Task No_text_cell_starts_a_formula_even_saved_again_as_csv()
    {
        var sheets = ExportFiles.Workbook(await XlsxAsync(""));
        var texts = sheets.Values.SelectMany(rows => rows).SelectMany(r => r).OfType<string>().ToList();
        Assert.All(texts, t => Assert.False(t.Length > 0 && "=+-@\t\r".Contains(t[0]), $"'{t}' starts a formula"));
        Assert.Contains("'" + ExportApp.Formula, texts);
        Assert.Contains("'-rm -rf", texts);
        Assert.Contains("'=cmd=-2+3", texts);
    }

    private static Dictionary<string, long> Counts(IEnumerable<IGrouping<string, AssetSummary>> groups) =>
        groups.ToDictionary(g => g.Key, g => (long)g.Count());

    /// <summary>A summary section: the rows under its bold "title, Assets" header, up to the next blank row.</summary>
    private static Dictionary<string, long> Section(List<object?[]> summary, string title) =>
        summary.SkipWhile(r => Text(r[0]) != title).Skip(1).TakeWhile(r => r[0] is not null)
            .ToDictionary(r => Text(r[0]), r => Convert.ToInt64(r[1], CultureInfo.InvariantCulture));
}
