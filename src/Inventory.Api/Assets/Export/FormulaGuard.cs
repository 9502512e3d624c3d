namespace Inventory.Api.Assets.Export;

/// <summary>Keeps a spreadsheet from reading an exported text as a formula (CSV or formula injection).</summary>
internal static class FormulaGuard
{
    // The characters OWASP lists: a cell starting with one of them may run as a formula in Excel, LibreOffice or Sheets.
    private static readonly char[] Triggers = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>The text with a single quote in front when it could start a formula; spreadsheets show such a cell as plain text.</summary>
    public static string? Neutralise(string? text) =>
        string.IsNullOrEmpty(text) || Array.IndexOf(Triggers, text[0]) < 0 ? text : "'" + text;
}
