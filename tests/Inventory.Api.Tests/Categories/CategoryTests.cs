using Inventory.Api.Assets.ListAssets;
using Inventory.Api.Categories;
using Inventory.Api.Tests.Harness;
using Inventory.Domain.Assets;
using Inventory.Domain.Reconciliation;
using Inventory.Domain.Scopes;
using static Inventory.Api.Tests.Accounts.AccountCalls;

namespace Inventory.Api.Tests.Categories;

/// <summary>Categories and the default category of each service: seeded on first start, changed by people, applied to the list.</summary>
public sealed class CategoryTests(InventoryApp app) : IClassFixture<InventoryApp>
{
    [Fact]
    public async Task A_new_register_starts_with_the_default_categories_and_service_mapping()
    {
        var categories = await app.Host.GetJsonAsync<List<CategoryResponse>>("/api/categories");
        var mapping = await app.Host.GetJsonAsync<Dictionary<string, string>>("/api/categories/service-mapping");

        Assert.Contains(categories, c => c is { Slug: "compute", Name: "Compute" } && c.Services.SequenceEqual(new[] { "ec2", "lambda" }));
        Assert.Equal("network", mapping["vpc"]);
        Assert.Equal("database", mapping["rds"]);
    }

    [Fact]
    public async Task A_category_is_defined_changed_mapped_and_removed_and_the_list_follows_the_mapping()
    {
        var scope = new ScopeId("640000000001", "eu-west-1", "ec2");
        await app.RecordAsync(ScopeScan.Clean(scope, Harness.Scans.Monday, Cause.DiscoveryJob("job-1"), [Harness.Scans.Instance("i-0c0", name: "edge-node", account: "640000000001")]));

        var created = Json(await app.Host.PostAsync("/api/categories", new { slug = "edge", name = "Edge", description = "Close to users", icon = "broadcast", colour = "#112233" }, 201));
        Assert.Equal("Edge", created.GetProperty("name").GetString());
        await app.Host.PutAsync("/api/categories/edge", new { name = "Edge computing", icon = "broadcast", colour = "#445566" }, 200);
        var mapping = Json(await app.Host.PutAsync("/api/categories/service-mapping/ec2", new { category = "edge" }, 200));
        Assert.Equal("edge", mapping.GetProperty("ec2").GetString());

        var page = await app.Host.GetJsonAsync<AssetPage>("/api/assets?category=edge");
        Assert.Equal(["edge-node"], page.Items.Select(a => a.Name!));
        Assert.Equal("edge", page.Items[0].Category);

        // Still the default of ec2: it cannot go until ec2 is mapped elsewhere.
        await app.Host.DeleteAsync("/api/categories/edge", 409);
        await app.Host.PutAsync("/api/categories/service-mapping/ec2", new { category = "compute" }, 200);
        await app.Host.DeleteAsync("/api/categories/edge", 204);
        Assert.DoesNotContain(await app.Host.GetJsonAsync<List<CategoryResponse>>("/api/categories"), c => c.Slug == "edge");
        Assert.Equal("compute", (await app.Host.GetJsonAsync<AssetPage>("/api/assets?q=edge-node")).Items.Single().Category);
    }

    [Fact]
    public async Task Bad_categories_are_refused_naming_the_field()
    {
        var problem = Json(await app.Host.PostAsync("/api/categories", new { slug = "Bad Slug", name = "", colour = "red" }, 400));
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("slug", out _));
        Assert.True(errors.TryGetProperty("name", out _));
        Assert.True(errors.TryGetProperty("colour", out _));
        await app.Host.PostAsync("/api/categories", new { slug = "compute", name = "Compute again" }, 409);
        await app.Host.PutAsync("/api/categories/nothere", new { name = "x" }, 404);
        Assert.True(Json(await app.Host.PutAsync("/api/categories/service-mapping/ec2", new { category = "nothere" }, 400)).GetProperty("errors").TryGetProperty("category", out _));
    }

    [Fact]
    public async Task A_service_no_collector_lists_cannot_be_mapped()
    {
        var problem = Json(await app.Host.PutAsync("/api/categories/service-mapping/x", new { category = "compute" }, 400));
        Assert.Contains("'x' is not a service the register knows", problem.GetProperty("errors").GetProperty("service")[0].GetString());
        var mapping = await app.Host.GetJsonAsync<Dictionary<string, string>>("/api/categories/service-mapping");
        Assert.False(mapping.ContainsKey("x"));
        await app.Host.PutAsync("/api/categories/service-mapping/manual", new { category = "applications" }, 200);
    }
}
