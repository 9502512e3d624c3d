using System.IO.Compression;
using System.Xml.Linq;
using Alba;
using CsvHelper;
using ExcelDataReader;

namespace Inventory.Api.Tests.Exports;

/// <summary>A downloaded export: its bytes and the headers a browser saves it by.</summary>
internal sealed record Download(byte[] Body, string ContentType, string ContentDisposition);

/// <summary>Downloads exports through HTTP and reads them back as a person's spreadsheet program would.</summary>
internal static class ExportFiles
{
    // ExcelDataReader asks for Windows-1252 even for xlsx, which .NET only has through the code pages provider.
    static ExportFiles() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    public static async Task<Download> DownloadAsync(this IAlbaHost host, string url)
    {
        var result = await host.Scenario(s =>
        {
            s.Get.Url(url);
            s.StatusCodeShouldBeOk();
        });
        var context = result.Context;
        await using var body = new MemoryStream();
        await context.Response.Body.CopyToAsync(body);
        return new Download(body.ToArray(), context.Response.ContentType ?? "", context.Response.Headers.ContentDisposition.ToString());
    }

    /// <summary>The CSV's header and records, parsed with CsvHelper.</summary>
    public static (List<string> Headers, List<string[]> Rows) Csv(byte[] bytes)
    {
        using var reader = CsvReader.Create(new MemoryStream(bytes));
        var rows = new List<string[]>();
        while (reader.Read())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        return ([.. reader.Headers], rows);
    }

    /// <summary>Every sheet by name, each row's cell values as ExcelDataReader reads them (strings, doubles, dates, nulls).</summary>
    public static Dictionary<string, List<object?[]>> Workbook(byte[] bytes)
    {
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(bytes));
        var sheets = new Dictionary<string, List<object?[]>>(StringComparer.Ordinal);
        do
        {
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue).ToArray());
            }
            sheets[reader.Name] = rows;
        }
        while (reader.NextResult());
        return sheets;
    }

    /// <summary>The raw parts of an xlsx file, for what a reader library does not show: styles, column widths, formulas.</summary>
    public static Dictionary<string, XDocument> Parts(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        return zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .ToDictionary(e => e.FullName, e =>
            {
                using var stream = e.Open();
                return XDocument.Load(stream);
            });
    }
}
