using System.Text.Json;
using Alba;
using Inventory.Api.Tests.Harness;
using static Inventory.Api.Tests.Accounts.AccountCalls;

namespace Inventory.Api.Tests.Costs;

/// <summary>Requests the costs endpoints refuse, as RFC 7807 problems naming the field; none of them reaches AWS.</summary>
public sealed class CostRequestTests(CostsApp app) : IClassFixture<CostsApp>
{
    private const string Root = "953000000000";
    private const string Member = "953000000001";
    private const string Paused = "953000000100";

    private async Task<JsonElement> ProblemAsync(Action<Scenario> request, int status)
    {
        var result = await app.Host.Scenario(s =>
        {
            request(s);
            s.StatusCodeShouldBe(status);
            s.ContentTypeShouldBe("application/problem+json");
        });
        return Json(await result.ReadAsTextAsync());
    }

    private Task<JsonElement> RefreshProblemAsync(string body, int status) =>
        ProblemAsync(s => s.Post.Text(body).ToUrl("/api/costs/refresh"), status);

    private static string[] Errors(JsonElement problem, string field) =>
        problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()!).ToArray();

    [Theory]
    [InlineData("""{"accountId":"95300000"}""", "accountId", "accountId must be exactly 12 digits.")]
    [InlineData("""{"accountId":953000000000}""", "accountId", "accountId is not a valid value")]
    [InlineData("""not json""", "body", "body is not a valid value")]
    public async Task A_malformed_refresh_is_a_400_naming_the_field(string body, string field, string message)
    {
        var problem = await RefreshProblemAsync(body, 400);

        Assert.StartsWith(message, Assert.Single(Errors(problem, field)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_account_is_a_404()
    {
        var problem = await RefreshProblemAsync("""{"accountId":"953999999999"}""", 404);
        Assert.Contains("953999999999", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        await app.Host.GetProblemAsync("/api/costs/953999999999", 404);
        await app.Host.GetProblemAsync("/api/costs/not-an-account", 404);
    }

    [Fact]
    public async Task A_member_or_a_deactivated_management_account_is_a_400_naming_the_account_field()
    {
        await RegisterOnceAsync();

        var member = await RefreshProblemAsync($$"""{"accountId":"{{Member}}"}""", 400);
        Assert.Equal($"accountId: account {Member} is a member account; Cost Explorer answers for its management account {Root}.",
            Assert.Single(Errors(member, "accountId")));
        var paused = await RefreshProblemAsync($$"""{"accountId":"{{Paused}}"}""", 400);
        Assert.Contains("deactivated", Assert.Single(Errors(paused, "accountId")), StringComparison.Ordinal);
        Assert.Single(Errors(await app.Host.GetProblemAsync($"/api/costs/{Member}", 400), "accountId"));

        Assert.Empty(app.Aws.RequestsFor("ce", "GetCostAndUsage"));
    }

    private async Task RegisterOnceAsync()
    {
        var existing = Json(await app.Host.GetTextAsync("/api/accounts?pageSize=200")).GetProperty("items").EnumerateArray()
            .Select(a => a.GetProperty("accountId").GetString()).ToHashSet();
        if (existing.Contains(Root))
            return;
        await app.RegisterManagementAsync(Root);
        await app.RegisterMemberAsync(Member, Root);
        await app.RegisterManagementAsync(Paused);
        await app.Host.PostAsync($"/api/accounts/{Paused}/deactivate", null, 200);
    }
}
