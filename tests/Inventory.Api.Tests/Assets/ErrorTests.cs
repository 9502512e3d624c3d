using Inventory.Api.Tests.Harness;

namespace Inventory.Api.Tests.Assets;

/// <summary>Bad requests get RFC 7807 problems that name what is wrong, never a stack trace.</summary>
public sealed class ErrorTests(InventoryApp app) : IClassFixture<InventoryApp>
{
    [Theory]
    [InlineData("/api/assets/ast-doesnotexist")]
    [InlineData("/api/assets/ast-doesnotexist/timeline")]
    public async Task An_unknown_asset_is_a_404_problem(string url)
    {
        var problem = await app.Host.GetProblemAsync(url, 404);
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Contains("ast-doesnotexist", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/assets?pageSize=abc", "pageSize")]
    [InlineData("/api/assets?pageSize=0", "pageSize")]
    [InlineData("/api/assets?pageSize=100000", "pageSize")]
    [InlineData("/api/assets?page=0", "page")]
    [InlineData("/api/assets?page=-3&pageSize=10", "page")]
    [InlineData("/api/assets/ast-x/timeline?page=x", "page")]
    public async Task Malformed_paging_is_a_400_naming_the_field(string url, string field)
    {
        var problem = await app.Host.GetProblemAsync(url, 400);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"errors should name {field}: {errors}");
        Assert.Contains(field, messages[0].GetString());
        Assert.DoesNotContain("   at ", problem.ToString());
    }
}
