using System.Diagnostics;
using Inventory.Api.Assets.Export;
using Inventory.Api.Tests.Harness;
using Inventory.Domain.Assets;
using Inventory.Domain.Reconciliation;
using Inventory.Domain.Scopes;
using Xunit.Abstractions;

namespace Inventory.Api.Tests.Exports;

/// <summary>A register of a few thousand instances in two accounts, recorded through RecordScopeScan as discovery does.</summary>
public sealed class LargeRegisterApp : InventoryApp
{
    public const int Prod = 2_500;
    public const int Dev = 600;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ScanAsync("630000000001", "eu-west-1", Prod);
        await ScanAsync("630000000002", "us-east-1", Dev);
    }

    private Task ScanAsync(string account, string region, int count) =>
        RecordAsync(ScopeScan.Clean(new ScopeId(account, region, "ec2"), Harness.Scans.Monday, Cause.DiscoveryJob("job-large"),
            Enumerable.Range(1, count).Select(i => Harness.Scans.Instance($"i-{region}-{i:00000}", account: account,
                tags: new Dictionary<string, string> { ["Name"] = $"node-{i:00000}", ["parity"] = i % 2 == 0 ? "even" : "odd" }) with
            {
                Arn = $"arn:aws:ec2:{region}:{account}:instance/i-{i:00000}",
            }).ToArray()));
}

public sealed class LargeExportTests(LargeRegisterApp app, ITestOutputHelper output) : IClassFixture<LargeRegisterApp>
{
    private const int Total = LargeRegisterApp.Prod + LargeRegisterApp.Dev;

    [Theory]
    [InlineData("")]
    [InlineData("sort=-humanId")]
    [InlineData("tag=parity=even&sort=region")]
    public async Task A_csv_of_several_batches_holds_every_asset_once_in_the_lists_order(string query)
    {
        var clock = Stopwatch.StartNew();
        var download = await app.Host.DownloadAsync("/api/assets/export.csv?" + query);
        output.WriteLine($"CSV {query}: {download.Body.Length:N0} bytes in {clock.ElapsedMilliseconds} ms");
        var (headers, rows) = ExportFiles.Csv(download.Body);
        var list = await ListRows.AllAsync(app.Host, query);

        Assert.True(list.Count > ExportSnapshot.BatchSize, "the export should take more than one batch");
        Assert.Equal(query.Contains("parity", StringComparison.Ordinal) ? Total / 2 : Total, rows.Count);
        Assert.Equal(rows.Count, rows.Select(r => r[0]).Distinct().Count());
        Assert.Equal(list.Select(ListRows.Expected), rows.Select(r => ListRows.Of(headers, r)));
    }

    [Fact]
    public async Task A_workbook_of_several_batches_counts_groups_and_lists_every_asset()
    {
        var clock = Stopwatch.StartNew();
        var download = await app.Host.DownloadAsync("/api/assets/export.xlsx?sort=-name");
        output.WriteLine($"XLSX: {download.Body.Length:N0} bytes in {clock.ElapsedMilliseconds} ms");
        var sheets = ExportFiles.Workbook(download.Body);
        var (_, csv) = ExportFiles.Csv((await app.Host.DownloadAsync("/api/assets/export.csv?sort=-name")).Body);

        Assert.Equal(Total, Convert.ToInt64(sheets["Summary"].Single(r => r[0] as string == "Assets")[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(csv.Select(r => r[0]), sheets["Full List"].Skip(1).Select(r => (string)r[0]!));
        var byAccount = sheets["By Account"].Skip(1).Where(r => r.Skip(1).All(c => c is null)).Select(r => (string)r[0]!);
        Assert.Equal(
            [GroupedSheet.Title(GroupedSheet.ByAccount, "630000000001", LargeRegisterApp.Prod), GroupedSheet.Title(GroupedSheet.ByAccount, "630000000002", LargeRegisterApp.Dev)],
            byAccount);
        Assert.Equal(Total + 2, sheets["By Service"].Count);
        Assert.Equal(Total + 3, sheets["By Account"].Count);
    }
}
