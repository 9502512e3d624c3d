using Alba;
using Inventory.Api.Assets.Export;
using Inventory.Api.Assets.ListAssets;
using Inventory.Api.Tests.Harness;

namespace Inventory.Api.Tests.Exports;

/// <summary>What the asset list says for the same question, in the columns both the list and the exports have.</summary>
internal static class ListRows
{
    public static readonly string[] Shared =
    [
        "Human ID", "Name", "Type", "Service", "Account", "Region", "Resource ID", "ARN", "Status", "Category", "Criticality", "Owner", "Department",
        "Classification", "Last changed (UTC)",
    ];

    /// <summary>Every asset the list returns for the query, following its cursor page by page.</summary>
    public static async Task<List<AssetSummary>> AllAsync(IAlbaHost host, string query)
    {
        var all = new List<AssetSummary>();
        string? cursor = null;
        do
        {
            var page = await host.GetJsonAsync<AssetPage>($"/api/assets?{query}&pageSize=1000" + (cursor is null ? "" : "&cursor=" + cursor));
            all.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        return all;
    }

    /// <summary>An asset of the list in the export's text for the shared columns, formula-looking text neutralised as the export does.</summary>
    public static string[] Expected(AssetSummary a) =>
    [
        a.HumanId ?? "", N(a.Name), a.ResourceType, a.Service, a.AccountId, a.Region, N(a.ResourceId), N(a.Arn), a.Status.ToString().ToLowerInvariant(),
        a.Category ?? "", a.Criticality ?? "", N(a.Owner), N(a.Department), a.Classification ?? "", RegisterColumns.Time(a.LastChangedAt),
    ];

    /// <summary>A CSV row's values for the shared columns.</summary>
    public static string[] Of(List<string> headers, string[] row) => Shared.Select(h => row[headers.IndexOf(h)]).ToArray();

    private static string N(string? text) => FormulaGuard.Neutralise(text) ?? "";
}
