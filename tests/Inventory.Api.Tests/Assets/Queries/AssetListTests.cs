using System.Text.Json;
using Inventory.Api.Assets.ListAssets;
using Inventory.Api.Tests.Harness;
using Inventory.Domain.Assets;
using Inventory.Domain.Observations;
using Inventory.Domain.Reconciliation;
using Inventory.Domain.Scopes;
using static Inventory.Api.Tests.Accounts.AccountCalls;

namespace Inventory.Api.Tests.Assets.Queries;

/// <summary>The register a test class queries: instances and buckets in two accounts, tags, and manual assets with people's fields.</summary>
public sealed class AssetListApp : InventoryApp
{
    public const string Prod = "610000000001";
    public const string Dev = "610000000002";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var at = Harness.Scans.Monday;
        await Ec2Async(Prod, "eu-west-1", at, ("i-0a1", "web-1", "prod", "running"), ("i-0a2", "web-2", "prod", "stopped"), ("i-0a3", "batch", null, "running"));
        await Ec2Async(Prod, "us-east-1", at, ("i-0b1", "api", "prod", "running"));
        await Ec2Async(Dev, "eu-west-1", at, ("i-0c1", "web-dev", "dev", "running"));
        await RecordAsync(ScopeScan.Clean(new ScopeId(Prod, ScopeId.GlobalRegion, "s3"), at, Cause.DiscoveryJob("job-1"),
        [
            new Observation { Arn = "arn:aws:s3:::logs-bucket", ResourceId = "logs-bucket", Name = "logs-bucket", ResourceType = "s3:bucket", Tags = new Dictionary<string, string> { ["team"] = "red,blue" } },
        ]));
        await AfterAsync(() => Host.PostAsync("/api/assets", new { name = "Payroll", kind = "saas", fields = new { owner = "alice", criticality = "critical", department = "finance", category = "storage" } }, 201));
        await AfterAsync(() => Host.PostAsync("/api/assets", new { name = "Wiki", kind = "self-hosted", fields = new { owner = "bob", criticality = "low", classification = "internal" } }, 201));
    }

    private Task Ec2Async(string account, string region, DateTimeOffset at, params (string Id, string Name, string? Env, string State)[] instances) =>
        RecordAsync(ScopeScan.Clean(new ScopeId(account, region, "ec2"), at, Cause.DiscoveryJob("job-1"), instances.Select(i => Harness.Scans.Instance(i.Id, i.State, name: i.Name, account: account,
            tags: i.Env is null ? new Dictionary<string, string> { ["Name"] = i.Name } : new Dictionary<string, string> { ["Name"] = i.Name, ["env"] = i.Env }) with
        {
            Arn = $"arn:aws:ec2:{region}:{account}:instance/{i.Id}",
        }).ToArray()));
}

public sealed class AssetListTests(AssetListApp app) : IClassFixture<AssetListApp>
{
    private async Task<AssetPage> ListAsync(string query) => await app.Host.GetJsonAsync<AssetPage>("/api/assets?" + query);

    private async Task<List<string>> NamesAsync(string query) => [.. (await ListAsync(query)).Items.Select(a => a.Name!)];

    [Fact]
    public async Task Include_and_exclude_filters_combine_across_fields()
    {
        Assert.Equal(["api", "batch", "web-1", "web-2"], await NamesAsync($"accountId={AssetListApp.Prod}&service=ec2"));
        Assert.Equal(["batch", "web-1", "web-2", "web-dev"], await NamesAsync("service=ec2&region.exclude=us-east-1"));
        Assert.Equal(["api", "batch", "web-1", "web-dev"], await NamesAsync("service=ec2&status=active"));
        Assert.Equal(["web-2"], await NamesAsync("status=inactive"));
        Assert.Equal(["Payroll", "Wiki"], await NamesAsync("owner=alice,bob"));
        Assert.Equal(["Payroll"], await NamesAsync("criticality=critical&criticality=high"));
        Assert.Equal(["Wiki"], await NamesAsync("service=manual&criticality.exclude=critical"));
        Assert.Equal(["Payroll"], await NamesAsync("department=finance"));
        Assert.Equal(["Wiki"], await NamesAsync("classification=internal"));
    }

    [Fact]
    public async Task Tags_match_by_key_or_key_and_value_and_a_value_may_hold_a_comma()
    {
        Assert.Equal(["api", "web-1", "web-2", "web-dev"], await NamesAsync("tag=env"));
        Assert.Equal(["api", "web-1", "web-2"], await NamesAsync("tag=env=prod"));
        Assert.Equal(["batch"], await NamesAsync("service=ec2&tag.exclude=env"));
        Assert.Equal(["logs-bucket"], await NamesAsync("tag=" + Uri.EscapeDataString("team=red,blue")));
        Assert.Equal(["api", "web-1", "web-2", "web-dev"], await NamesAsync("tag=env=prod&tag=env=dev"));
    }

    [Fact]
    public async Task Categories_come_from_people_first_then_from_the_service_default()
    {
        // The S3 bucket is storage by default; Payroll was put in storage by a person.
        Assert.Equal(["logs-bucket", "Payroll"], await NamesAsync("category=storage"));
        Assert.Equal(["Wiki"], await NamesAsync("category=applications"));
        Assert.Equal(["Wiki"], await NamesAsync("service=manual&category.exclude=storage"));
        var payroll = (await ListAsync("q=payroll")).Items.Single();
        Assert.Equal("storage", payroll.Category);
    }

    [Fact]
    public async Task Free_text_finds_names_human_ids_arns_and_resource_ids()
    {
        Assert.Equal(["web-1", "web-2", "web-dev"], await NamesAsync("q=WEB"));
        Assert.Equal(["api"], await NamesAsync("q=instance/i-0b1"));
        Assert.Equal(["web-dev"], await NamesAsync("q=i-0c1"));
        var wiki = (await ListAsync("q=wiki")).Items.Single();
        Assert.Equal(["Wiki"], await NamesAsync("q=" + wiki.HumanId));
        Assert.Empty(await NamesAsync("q=%25"));
    }

    [Fact]
    public async Task Sorting_works_both_ways_and_keyset_pages_visit_every_asset_once()
    {
        var all = await ListAsync("sort=-name&includeTotal=true");
        Assert.Equal(8, all.Total);
        Assert.Equal(all.Items.Select(a => a.Name!.ToLowerInvariant()).OrderDescending(StringComparer.Ordinal), all.Items.Select(a => a.Name!.ToLowerInvariant()));

        foreach (var sort in new[] { "name", "-humanId", "criticality", "-accountId", "region", "-status", "owner", "firstSeenAt", "-lastChangedAt", "category", "resourceType" })
        {
            var seen = new List<string>();
            string? cursor = null;
            do
            {
                var page = await ListAsync($"sort={sort}&pageSize=3" + (cursor is null ? "" : "&cursor=" + cursor));
                Assert.True(page.Items.Count <= 3);
                seen.AddRange(page.Items.Select(a => a.Id));
                cursor = page.NextCursor;
            }
            while (cursor is not null);
            var oneGo = (await ListAsync($"sort={sort}&pageSize=100")).Items.Select(a => a.Id);
            Assert.Equal(oneGo, seen);
        }
        Assert.Equal(["Payroll", "Wiki"], (await NamesAsync("service=manual&sort=-criticality")));
    }

    [Fact]
    public async Task Bad_parameters_are_400s_naming_them()
    {
        foreach (var (query, field) in new[]
        {
            ("status=lost", "status"), ("criticality=urgent", "criticality"), ("classification.exclude=secret", "classification"),
            ("sort=colour", "sort"), ("pageSize=5000", "pageSize"), ("pageSize=0", "pageSize"), ("cursor=notacursor", "cursor"),
            ("colour=red", "colour"), ("includeTotal=maybe", "includeTotal"), ("tag==prod", "tag"),
        })
        {
            var problem = await app.Host.GetProblemAsync("/api/assets?" + query, 400);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{query} should name {field}: {problem}");
        }
        var page = await ListAsync("sort=name&pageSize=2");
        var wrongSort = await app.Host.GetProblemAsync($"/api/assets?sort=owner&cursor={page.NextCursor}", 400);
        Assert.True(wrongSort.GetProperty("errors").TryGetProperty("cursor", out _));
    }

    [Fact]
    public async Task Filter_options_count_each_value_under_the_chosen_filters()
    {
        var all = await app.Host.GetJsonAsync<Inventory.Api.Assets.FilterOptions.FilterOptions>("/api/assets/filter-options");
        Assert.Equal([("ec2", 5L), ("manual", 2L), ("s3", 1L)], all.Fields["service"].Select(o => (o.Value, o.Count)));
        Assert.Equal([("active", 7L), ("inactive", 1L)], all.Fields["status"].Select(o => (o.Value, o.Count)));
        Assert.Equal(2, all.Fields["category"].Single(o => o.Value == "storage").Count);
        Assert.Equal(5, all.Fields["category"].Single(o => o.Value == "compute").Count);
        Assert.Equal(0, all.Fields["category"].Single(o => o.Value == "network").Count);
        Assert.Equal(("Name", 5L), (all.TagKeys[0].Value, all.TagKeys[0].Count));

        var prod = await app.Host.GetJsonAsync<Inventory.Api.Assets.FilterOptions.FilterOptions>($"/api/assets/filter-options?accountId={AssetListApp.Prod}&service=ec2");
        Assert.Equal([("eu-west-1", 3L), ("us-east-1", 1L)], prod.Fields["region"].Select(o => (o.Value, o.Count)));
    }

    [Fact]
    public async Task Autocomplete_suggests_values_that_start_with_what_was_typed()
    {
        async Task<List<string>> Suggest(string query) =>
            [.. (await app.Host.GetJsonAsync<Inventory.Api.Assets.FilterOptions.Suggestions>("/api/assets/autocomplete?" + query)).Values];

        Assert.Equal(["alice"], await Suggest("field=owner&prefix=AL"));
        Assert.Equal(["web-1", "web-2", "web-dev"], await Suggest("field=name&prefix=web"));
        Assert.Equal(["env"], await Suggest("field=tag&prefix=e"));
        Assert.Equal(["dev", "prod"], await Suggest("field=tagValue&tag=env"));
        Assert.Equal(["red,blue"], await Suggest("field=tagValue&tag=team&prefix=r"));
        Assert.True((await app.Host.GetProblemAsync("/api/assets/autocomplete?field=colour", 400)).GetProperty("errors").TryGetProperty("field", out _));
        Assert.True((await app.Host.GetProblemAsync("/api/assets/autocomplete?field=tagValue", 400)).GetProperty("errors").TryGetProperty("tag", out _));
    }
}
