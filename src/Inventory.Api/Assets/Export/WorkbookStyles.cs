using System.Drawing;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace Inventory.Api.Assets.Export;

/// <summary>The workbook's styles and the cells every sheet writes with them.</summary>
internal sealed class WorkbookStyles
{
    /// <summary>The most characters Excel keeps in one cell.</summary>
    public const int MaxCellText = 32_767;

    private WorkbookStyles(StyleId header, StyleId group, StyleId title, StyleId date)
    {
        Header = header;
        Group = group;
        Title = title;
        Date = date;
    }

    public StyleId Header { get; }
    public StyleId Group { get; }
    public StyleId Title { get; }
    public StyleId Date { get; }

    public static WorkbookStyles Add(Spreadsheet spreadsheet) => new(
        spreadsheet.AddStyle(new Style { Font = { Bold = true }, Fill = { Color = Color.FromArgb(0xD9, 0xE1, 0xF2) } }),
        spreadsheet.AddStyle(new Style { Font = { Bold = true }, Fill = { Color = Color.FromArgb(0xF2, 0xF2, 0xF2) } }),
        spreadsheet.AddStyle(new Style { Font = { Bold = true, Size = 14 } }),
        spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("yyyy-mm-dd hh:mm:ss") }));

    /// <summary>A text cell, never a formula; text past Excel's limit is cut rather than breaking the file.</summary>
    public static Cell Text(string? text, StyleId? style = null) =>
        new(text is { Length: > MaxCellText } ? text[..(MaxCellText - 1)] + "…" : text, style);

    public Cell Time(DateTimeOffset at) => new(at.UtcDateTime, Date);

    public Task AddHeaderAsync(Spreadsheet spreadsheet, IEnumerable<string> headers, CancellationToken cancellation) =>
        spreadsheet.AddRowAsync(headers.Select(h => Text(h, Header)).ToArray(), cancellation).AsTask();

    /// <summary>A sheet whose first row is a frozen header, with the given column widths.</summary>
    public static WorksheetOptions Columns(IReadOnlyList<double> widths, bool filter)
    {
        var options = new WorksheetOptions { FrozenRows = 1 };
        for (var i = 0; i < widths.Count; i++)
            options.Column(i + 1).Width = widths[i];
        if (filter)
            options.AutoFilter = new AutoFilterOptions($"A1:{ColumnName(widths.Count)}1");
        return options;
    }

    private static string ColumnName(int number)
    {
        var name = "";
        for (; number > 0; number = (number - 1) / 26)
            name = (char)('A' + (number - 1) % 26) + name;
        return name;
    }
}
