using Inventory.Api.Assets.Export;
using Inventory.Api.Tests.Harness;

namespace Inventory.Api.Tests.Exports;

public sealed class CsvExportTests(ExportApp app) : IClassFixture<ExportApp>
{
    public static readonly TheoryData<string> Questions =
    [
        "",
        "service=ec2&region.exclude=us-east-1",
        "status.exclude=gone&sort=-name",
        "tag=env=prod&sort=-humanId",
        "q=web&sort=-lastChangedAt",
        "category=storage",
        "criticality.exclude=critical&sort=criticality",
        $"accountId={ExportApp.Prod}&service=ec2&status=active,inactive",
        "service=manual&sort=owner",
        "q=nothing-matches-this",
    ];

    private async Task<(List<string> Headers, List<string[]> Rows)> CsvAsync(string query) =>
        ExportFiles.Csv((await app.Host.DownloadAsync("/api/assets/export.csv?" + query)).Body);

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task The_csv_has_the_lists_assets_row_for_row_in_the_lists_order(string query)
    {
        var (headers, rows) = await CsvAsync(query);
        var list = await ListRows.AllAsync(app.Host, query);

        Assert.Equal(list.Select(ListRows.Expected), rows.Select(r => ListRows.Of(headers, r)));
    }

    [Fact]
    public async Task Excluded_and_gone_assets_stay_out_when_the_filters_say_so()
    {
        var (headers, rows) = await CsvAsync("status.exclude=gone&service.exclude=manual");
        var names = rows.Select(r => r[headers.IndexOf("Name")]).ToList();
        Assert.DoesNotContain("batch", names);
        Assert.DoesNotContain("Payroll", names);
        Assert.Contains("web-2", names);
        var (_, all) = await CsvAsync("");
        Assert.Contains(all, r => r[headers.IndexOf("Name")] == "batch" && r[headers.IndexOf("Status")] == "gone");
    }

    [Fact]
    public async Task Every_register_column_comes_from_the_asset_its_fields_and_its_relationships()
    {
        var (headers, rows) = await CsvAsync("q=payroll");
        Assert.Equal(RegisterColumns.Headers, headers);
        var payroll = rows.Single();
        string Cell(string header) => payroll[headers.IndexOf(header)];

        Assert.Equal(app.PayrollHumanId, Cell("Human ID"));
        Assert.Equal(("Payroll", "manual", "", ""), (Cell("Name"), Cell("Service"), Cell("Account"), Cell("ARN")));
        Assert.Equal(("active", "storage", "critical", "alice", "finance"), (Cell("Status"), Cell("Category"), Cell("Criticality"), Cell("Owner"), Cell("Department")));
        Assert.Equal(("4.2", "confidential", "Acme Payroll", "https://payroll.example.com"), (Cell("Version"), Cell("Classification"), Cell("Vendor"), Cell("URL")));
        Assert.Equal(("yes", "yes", "no", "yes"), (Cell("GDPR relevant"), Cell("Personal data"), Cell("Backup enabled"), Cell("Monitoring enabled")));
        Assert.Equal(("10.1.0.5; 10.1.0.6", "payroll.example.com"), (Cell("IP addresses"), Cell("DNS names")));
        Assert.Equal(("Salaries, one line", "Contract renews in May"), (Cell("Description"), Cell("Notes")));
        Assert.Equal("", Cell("Depends on"));
        Assert.True(DateTime.TryParse(Cell("Last changed (UTC)"), System.Globalization.CultureInfo.InvariantCulture, out _));

        var (_, web) = await CsvAsync("q=web-1");
        var web1 = web.Single();
        string Web(string header) => web1[headers.IndexOf(header)];
        Assert.Equal(("Name=web-1; env=prod", "10.0.0.1", "ec2:instance", ExportApp.Prod, "eu-west-1", "i-0a1"),
            (Web("Tags"), Web("IP addresses"), Web("Type"), Web("Account"), Web("Region"), Web("Resource ID")));
        // What web-1 needs: the api instance that contains it, the bucket it depends on, and the subnet discovery found it in.
        Assert.Equal($"contained-by {app.HumanIds["api"]}; depends-on {app.HumanIds["logs-bucket"]}; in-subnet {app.HumanIds["subnet-1"]}", Web("Depends on"));
        var (_, web2) = await CsvAsync("q=web-2");
        Assert.Equal($"connects-to {app.HumanIds["api"]}; in-subnet {app.HumanIds["subnet-1"]}; managed-by {app.HumanIds["web-1"]}",
            web2.Single()[headers.IndexOf("Depends on")]);
        // A container does not depend on what it holds.
        var (_, api) = await CsvAsync("q=i-0b1");
        Assert.Equal("", api.Single()[headers.IndexOf("Depends on")]);
    }

    [Fact]
    public async Task No_cell_can_be_read_as_a_formula()
    {
        var download = await app.Host.DownloadAsync("/api/assets/export.csv");
        var (headers, rows) = ExportFiles.Csv(download.Body);

        Assert.All(rows.SelectMany(r => r), cell => Assert.False(cell.Length > 0 && "=+-@\t\r".Contains(cell[0]), $"'{cell}' starts a formula"));
        var trap = rows.Single(r => r[headers.IndexOf("Human ID")] == app.TrapHumanId);
        Assert.Equal("'" + ExportApp.Formula, trap[headers.IndexOf("Name")]);
        Assert.Equal("'-rm -rf", trap[headers.IndexOf("Owner")]);
        Assert.Equal("'@channel: page the on-call", trap[headers.IndexOf("Notes")]);
        var bucket = rows.Single(r => r[headers.IndexOf("Resource ID")] == "'+cmd-bucket");
        Assert.Equal("'@SUM(1+1)*cmd|' /C calc'!A0", bucket[headers.IndexOf("Name")]);
        Assert.Equal("'=cmd=-2+3", bucket[headers.IndexOf("Tags")]);
    }

    [Fact]
    public async Task Both_downloads_are_attachments_with_a_dated_name_and_their_content_type()
    {
        var today = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var csv = await app.Host.DownloadAsync("/api/assets/export.csv?service=ec2");
        Assert.Equal("text/csv; charset=utf-8", csv.ContentType);
        Assert.StartsWith("attachment;", csv.ContentDisposition);
        Assert.Contains($"filename=inventory-assets-{today}.csv", csv.ContentDisposition);
        Assert.Equal([0xEF, 0xBB, 0xBF], csv.Body.Take(3));

        var xlsx = await app.Host.DownloadAsync("/api/assets/export.xlsx?service=ec2");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.ContentType);
        Assert.StartsWith("attachment;", xlsx.ContentDisposition);
        Assert.Contains($"filename=inventory-assets-{today}.xlsx", xlsx.ContentDisposition);
        Assert.Equal("PK"u8.ToArray(), xlsx.Body.Take(2));
    }

    [Theory]
    [InlineData("export.csv")]
    [InlineData("export.xlsx")]
    public async Task Bad_filters_and_paging_parameters_are_400s_naming_them(string file)
    {
        foreach (var (query, field) in new[]
        {
            ("status=lost", "status"), ("criticality=urgent", "criticality"), ("classification.exclude=secret", "classification"), ("sort=colour", "sort"),
            ("colour=red", "colour"), ("tag==prod", "tag"), ("pageSize=10", "pageSize"), ("cursor=abc", "cursor"), ("includeTotal=true", "includeTotal"),
        })
        {
            var problem = await app.Host.GetProblemAsync($"/api/assets/{file}?{query}", 400);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{query} should name {field}: {problem}");
        }
    }
}
