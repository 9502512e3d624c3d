using Inventory.Api.Assets.ListAssets;
using Marten;
using SpreadCheetah;

namespace Inventory.Api.Assets.Export;

/// <summary>
/// The register as an Excel workbook, streamed sheet by sheet in the order SpreadCheetah writes them: Summary (counted by the
/// database first), By Service, By Account, then Full List with every column of the CSV.
/// </summary>
internal static class RegisterWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string FullList = "Full List";

    /// <summary>Assets one workbook takes: a worksheet holds 1,048,576 rows, and By Service adds a row per section.</summary>
    public const long MaxRows = 1_000_000;

    public static async Task WriteAsync(IDocumentStore store, AssetQuery query, IReadOnlyDictionary<string, string> categories, string filters,
        Stream body, CancellationToken cancellation)
    {
        await using var snapshot = await ExportSnapshot.OpenAsync(store, cancellation);
        var sql = RegisterBatches.Sql(store, query, categories);
        var counts = new ExportCounts(
            await snapshot.CountsAsync(sql, "service", cancellation),
            await snapshot.CountsAsync(sql, "account_id", cancellation),
            await snapshot.CountsAsync(sql, "criticality", cancellation));

        var target = new AsyncOnlyStream(body);
        await using (var spreadsheet = await Spreadsheet.CreateNewAsync(target, cancellationToken: cancellation))
        {
            var styles = WorkbookStyles.Add(spreadsheet);
            await SummarySheet.WriteAsync(spreadsheet, styles, counts, filters, DateTimeOffset.UtcNow, cancellation);

            IAsyncEnumerable<IReadOnlyList<RegisterRow>> Read(AssetQuery section) =>
                RegisterBatches.ReadAsync(snapshot, section, RegisterBatches.Sql(store, section, categories), categories, withDependencies: false, cancellation);
            await GroupedSheet.WriteAsync(spreadsheet, styles, GroupedSheet.ByService, counts.ByService, Read, query, cancellation);
            await GroupedSheet.WriteAsync(spreadsheet, styles, GroupedSheet.ByAccount, counts.ByAccount, Read, query, cancellation);

            await spreadsheet.StartWorksheetAsync(FullList, WorkbookStyles.Columns(RegisterColumns.Widths, filter: true), cancellation);
            await styles.AddHeaderAsync(spreadsheet, RegisterColumns.Headers, cancellation);
            var cells = new Cell[RegisterColumns.Headers.Count];
            await foreach (var rows in RegisterBatches.ReadAsync(snapshot, query, sql, categories, withDependencies: true, cancellation))
            {
                foreach (var row in rows)
                {
                    for (var i = 0; i < row.Texts.Length; i++)
                        cells[i] = WorkbookStyles.Text(row.Texts[i]);
                    cells[^1] = styles.Time(row.LastChangedAt);
                    await spreadsheet.AddRowAsync(cells, cancellation);
                }
            }
            await spreadsheet.FinishAsync(cancellation);
        }
        // Disposing the workbook wrote the zip's last bytes synchronously; they leave now.
        await target.FlushAsync(cancellation);
    }
}
