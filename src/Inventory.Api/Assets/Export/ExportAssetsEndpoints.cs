using Inventory.Api.Assets.ListAssets;
using Marten;
using Wolverine.Http;

namespace Inventory.Api.Assets.Export;

/// <summary>The asset register as a download, with exactly the asset list's filters and sort.</summary>
public static class ExportAssetsEndpoints
{
    /// <summary>Every matching asset as one CSV row, every register column, streamed batch by batch.</summary>
    [WolverineGet("/api/assets/export.csv")]
    public static async Task<IResult> Csv(HttpContext context, IQuerySession session, CancellationToken cancellation)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (ExportRequest.Parse(context.Request.Query, errors) is not { } query)
            return ExportRequest.Problem(errors);
        var categories = await CategoryDefaults.LoadAsync(session, cancellation);
        return new StreamedExport(CsvExport.ContentType, ExportRequest.FileName("csv"),
            (body, token) => CsvExport.WriteAsync(session.DocumentStore, query, categories, body, token));
    }

    /// <summary>A workbook: Summary, By Service, By Account and Full List sheets, streamed sheet by sheet.</summary>
    [WolverineGet("/api/assets/export.xlsx")]
    public static async Task<IResult> Xlsx(HttpContext context, IQuerySession session, CancellationToken cancellation)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (ExportRequest.Parse(context.Request.Query, errors) is not { } query)
            return ExportRequest.Problem(errors);
        var categories = await CategoryDefaults.LoadAsync(session, cancellation);
        var sql = RegisterBatches.Sql(session.DocumentStore, query, categories);
        var total = await AssetRows.CountAsync(session.DocumentStore, $"select count(*) from {sql.Table} where {sql.Where}", sql.Parameters, cancellation);
        // Checked before the first byte goes out: a worksheet cannot hold more rows, and a cut-off file would mislead.
        if (total > RegisterWorkbook.MaxRows)
        {
            return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Too many assets for one worksheet",
                detail: $"The filters match {total:N0} assets; a worksheet holds {RegisterWorkbook.MaxRows:N0}. Narrow the filters or export CSV.");
        }
        var filters = context.Request.QueryString.Value?.TrimStart('?') ?? "";
        return new StreamedExport(RegisterWorkbook.ContentType, ExportRequest.FileName("xlsx"),
            (body, token) => RegisterWorkbook.WriteAsync(session.DocumentStore, query, categories, Uri.UnescapeDataString(filters), body, token));
    }
}
