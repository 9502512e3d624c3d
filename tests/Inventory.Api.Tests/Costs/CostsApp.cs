using System.Text.Json;
using Alba;
using Inventory.Api.Tests.Harness;
using Inventory.Domain.Costs;
using Inventory.StubAws.Services.CostExplorer;
using Wolverine;
using Wolverine.Marten;
using Wolverine.Tracking;
using static Inventory.Api.Tests.Accounts.AccountCalls;

namespace Inventory.Api.Tests.Costs;

/// <summary>The real host against a stub Cost Explorer, with a way to refresh costs and wait for the refresh and its projections.</summary>
public class CostsApp : StubAwsApp
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <summary>The months a refresh run now asks for; the stub's bills are arranged in them.</summary>
    public static CostWindow Window => CostWindow.At(DateTimeOffset.UtcNow);

    public CostExplorerEstate Bill(string payerId) => Aws.Estate.Account(payerId).CostExplorer();

    /// <summary>Registers a management account with its stub access key.</summary>
    public Task RegisterManagementAsync(string accountId)
    {
        var key = Aws.Estate.Account(accountId).Key;
        return Host.PostAsync("/api/accounts", new
        {
            accountId, displayName = "Payer " + accountId, kind = "management", environment = "shared", regions = new[] { "eu-west-1" },
            credentials = new { type = "accessKey", accessKeyId = key.AccessKeyId, secretAccessKey = key.SecretAccessKey },
        }, 201);
    }

    public Task RegisterMemberAsync(string accountId, string managementId) => Host.PostAsync("/api/accounts", Member(accountId, managementId), 201);

    /// <summary>POSTs a refresh and returns its 202 answer once every message it caused is handled and the projections caught up.</summary>
    public async Task<(JsonElement Body, string? Location)> RefreshAsync(object? body = null)
    {
        var text = "";
        string? location = null;
        await Host.TrackActivity()
            .Timeout(Timeout)
            .WaitForNonStaleDaemonDataAfterExecution(Timeout)
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ =>
            {
                var result = await Host.Scenario(s =>
                {
                    if (body is null)
                        s.Post.Url("/api/costs/refresh");
                    else
                        s.Post.Json(body).ToUrl("/api/costs/refresh");
                    s.StatusCodeShouldBe(202);
                });
                text = await result.ReadAsTextAsync();
                location = result.Context.Response.Headers.Location.ToString();
            }));
        return (Json(text), location);
    }

    /// <summary>GET /api/costs, by management account id.</summary>
    public async Task<Dictionary<string, JsonElement>> CostsAsync() =>
        Json(await Host.GetTextAsync("/api/costs")).GetProperty("items").EnumerateArray()
            .ToDictionary(i => i.GetProperty("managementAccountId").GetString()!);

    /// <summary>Each account's costs from GET /api/accounts, by account id.</summary>
    public async Task<Dictionary<string, JsonElement>> AccountCostsAsync() =>
        Json(await Host.GetTextAsync("/api/accounts?pageSize=200")).GetProperty("items").EnumerateArray()
            .ToDictionary(i => i.GetProperty("accountId").GetString()!, i => i.GetProperty("costs"));
}

/// <summary>A host whose cost refreshes may run for two seconds only, so a stalled Cost Explorer reaches the limit in a test.</summary>
public sealed class ShortCostLimitApp : CostsApp
{
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(2);

    protected override void Configure(Microsoft.AspNetCore.Hosting.IWebHostBuilder web)
    {
        base.Configure(web);
        web.UseSetting("Inventory:Costs:TimeLimit", TimeLimit.ToString());
    }
}
