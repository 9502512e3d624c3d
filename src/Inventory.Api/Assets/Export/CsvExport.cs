using CsvHelper;
using Inventory.Api.Assets.ListAssets;
using Marten;

namespace Inventory.Api.Assets.Export;

/// <summary>The register as CSV: a header, then one row per asset, written to the response as each batch arrives.</summary>
internal static class CsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    // A byte order mark makes Excel read the file as UTF-8; the writer escapes injection as well, in case a column ever skips the guard.
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { WriteByteOrderMark = true, Injection = CsvInjection.Escape };

    public static async Task WriteAsync(IDocumentStore store, AssetQuery query, IReadOnlyDictionary<string, string> categories, Stream body,
        CancellationToken cancellation)
    {
        await using var snapshot = await ExportSnapshot.OpenAsync(store, cancellation);
        await using var csv = CsvWriter.Create(body, Options, leaveOpen: true);
        foreach (var header in RegisterColumns.Headers)
            csv.WriteField(header);
        await csv.EndRecordAsync(cancellation);
        var sql = RegisterBatches.Sql(store, query, categories);
        await foreach (var rows in RegisterBatches.ReadAsync(snapshot, query, sql, categories, withDependencies: true, cancellation))
        {
            foreach (var row in rows)
            {
                foreach (var text in row.Texts)
                    csv.WriteField(text);
                csv.WriteField(RegisterColumns.Time(row.LastChangedAt));
                await csv.EndRecordAsync(cancellation);
            }
            // Each batch reaches the client before the next is read.
            await csv.FlushAsync(cancellation);
        }
        await csv.FlushAsync(cancellation);
    }
}
