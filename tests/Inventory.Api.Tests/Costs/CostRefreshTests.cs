using System.Text.Json;
using static Inventory.Api.Tests.Accounts.AccountCalls;

namespace Inventory.Api.Tests.Costs;

/// <summary>Refreshing costs end to end: Cost Explorer's pages for each management account, GET /api/costs and GET /api/accounts.</summary>
public sealed class CostRefreshTests(CostsApp app) : IClassFixture<CostsApp>
{
    private const string Ec2 = "Amazon Elastic Compute Cloud - Compute";
    private const string S3 = "Amazon Simple Storage Service";
    private const string Lambda = "AWS Lambda";
    private const string Route53 = "Amazon Route 53";

    private static decimal Amount(JsonElement element, string name) => element.GetProperty(name).GetDecimal();

    private static List<(string?, decimal)> Lines(JsonElement period, string breakdown, string key) =>
        period.GetProperty(breakdown).EnumerateArray().Select(l => (l.GetProperty(key).GetString(), l.GetProperty("amount").GetDecimal())).ToList();

    [Fact]
    public async Task Costs_of_two_management_accounts_and_their_members_are_read_across_every_page_and_shown_with_exact_amounts()
    {
        const string rootA = "950000000000", a1 = "950000000001", a2 = "950000000002", rootB = "950000000100", b1 = "950000000101";
        await app.RegisterManagementAsync(rootA);
        await app.RegisterMemberAsync(a1, rootA);
        await app.RegisterMemberAsync(a2, rootA);
        await app.RegisterManagementAsync(rootB);
        await app.RegisterMemberAsync(b1, rootB);
        var (last, now) = (CostsApp.Window.LastMonth, CostsApp.Window.ThisMonth);
        app.Bill(rootA).Name(rootA, "Root A").Name(a1, "Payments").Name(a2, "Batch")
            .Add(last, rootA, Ec2, 12.5m).Add(last, a1, Ec2, 100.0000000001m).Add(last, a1, S3, 0.75m).Add(last, a2, Lambda, 3.25m)
            .Add(now, rootA, Lambda, 1.125m).Add(now, a1, Ec2, 40m).Add(now, a2, Lambda, 2m);
        app.Bill(rootB).Add(last, rootB, Route53, 5m).Add(last, b1, Route53, 7.5m).Add(now, b1, Route53, 2.5m);

        var (accepted, location) = await app.RefreshAsync();

        Assert.Equal("/api/costs", location);
        Assert.Contains(rootA, accepted.GetProperty("managementAccountIds").EnumerateArray().Select(i => i.GetString()));
        var costs = await app.CostsAsync();
        var a = costs[rootA];
        Assert.Equal(accepted.GetProperty("refreshId").GetGuid(), a.GetProperty("lastRefreshId").GetGuid());
        Assert.Equal("USD", a.GetProperty("currency").GetString());
        Assert.Equal(JsonValueKind.Null, a.GetProperty("lastError").ValueKind);
        var aLast = a.GetProperty("lastMonth");
        Assert.Equal((116.5000000001m, false), (Amount(aLast, "total"), aLast.GetProperty("estimated").GetBoolean()));
        Assert.Equal([(a1, 100.7500000001m), (rootA, 12.5m), (a2, 3.25m)], Lines(aLast, "byLinkedAccount", "accountId"));
        Assert.Equal(["Payments", "Root A", "Batch"], aLast.GetProperty("byLinkedAccount").EnumerateArray().Select(l => l.GetProperty("name").GetString()));
        Assert.Equal([(Ec2, 112.5000000001m), (Lambda, 3.25m), (S3, 0.75m)], Lines(aLast, "byService", "service"));
        var aNow = a.GetProperty("thisMonth");
        Assert.Equal((43.125m, true), (Amount(aNow, "total"), aNow.GetProperty("estimated").GetBoolean()));
        Assert.Equal((now.ToString("yyyy-MM-dd", null), CostsApp.Window.End.ToString("yyyy-MM-dd", null)),
            (aNow.GetProperty("start").GetString(), aNow.GetProperty("end").GetString()));
        Assert.Equal([(a1, 40m), (a2, 2m), (rootA, 1.125m)], Lines(aNow, "byLinkedAccount", "accountId"));
        Assert.Equal([(Ec2, 40m), (Lambda, 3.125m)], Lines(aNow, "byService", "service"));
        var b = costs[rootB];
        Assert.Equal((12.5m, 2.5m), (Amount(b.GetProperty("lastMonth"), "total"), Amount(b.GetProperty("thisMonth"), "total")));
        Assert.Equal([(Route53, 2.5m)], Lines(b.GetProperty("thisMonth"), "byService", "service"));

        // Six linked-account and five service groups at two a page for A, three and two for B: every page read.
        Assert.Equal(6, app.Aws.RequestsFor("ce", "GetCostAndUsage").Count(r => r.AccountId == rootA));
        Assert.Equal(3, app.Aws.RequestsFor("ce", "GetCostAndUsage").Count(r => r.AccountId == rootB));

        // Each account's own figures, the management accounts' included, from its management account's breakdown.
        var accounts = await app.AccountCostsAsync();
        var fetchedAt = a.GetProperty("fetchedAt").GetDateTimeOffset();
        Assert.Equal((1.125m, 12.5m, "USD", fetchedAt), Figures(accounts[rootA]));
        Assert.Equal((40m, 100.7500000001m, "USD", fetchedAt), Figures(accounts[a1]));
        Assert.Equal((2m, 3.25m, "USD", fetchedAt), Figures(accounts[a2]));
        Assert.Equal((0m, 5m), (Amount(accounts[rootB], "thisMonth"), Amount(accounts[rootB], "lastMonth")));
        Assert.Equal((2.5m, 7.5m), (Amount(accounts[b1], "thisMonth"), Amount(accounts[b1], "lastMonth")));
        Assert.Equal(40m, Amount(Json(await app.Host.GetTextAsync($"/api/accounts/{a1}")).GetProperty("costs"), "thisMonth"));
        Assert.Empty(app.Aws.HandlerFailures);
    }

    private static (decimal, decimal, string?, DateTimeOffset) Figures(JsonElement costs) =>
        (Amount(costs, "thisMonth"), Amount(costs, "lastMonth"), costs.GetProperty("currency").GetString(), costs.GetProperty("fetchedAt").GetDateTimeOffset());

    [Fact]
    public async Task A_failing_management_account_is_shown_with_its_aws_error_and_keeps_its_earlier_figures_while_the_other_is_refreshed()
    {
        const string rootC = "951000000000", c1 = "951000000001", rootD = "951000000100", rootE = "951000000200";
        await app.RegisterManagementAsync(rootC);
        await app.RegisterMemberAsync(c1, rootC);
        await app.RegisterManagementAsync(rootD);
        var (last, now) = (CostsApp.Window.LastMonth, CostsApp.Window.ThisMonth);
        app.Bill(rootC).Add(last, c1, Ec2, 30m).Add(now, c1, Ec2, 10m);
        app.Bill(rootD).Add(last, rootD, S3, 1m);
        await app.RefreshAsync(new { accountId = rootC });
        var before = (await app.CostsAsync())[rootC];

        // Cost Explorer switched off for C, D spends more, and E's data is not available yet.
        app.Bill(rootC).Enabled = false;
        app.Bill(rootD).Add(now, rootD, S3, 4m);
        await app.RegisterManagementAsync(rootE);
        app.Aws.Faults.Add("ce", "GetCostAndUsage", "DataUnavailableException", 400, message: "Data is not available. Please try to adjust the time period.",
            accountId: rootE);
        var (accepted, _) = await app.RefreshAsync();

        var costs = await app.CostsAsync();
        var c = costs[rootC];
        Assert.Equal(before.GetProperty("fetchedAt").GetDateTimeOffset(), c.GetProperty("fetchedAt").GetDateTimeOffset());
        Assert.Equal((10m, 30m), (Amount(c.GetProperty("thisMonth"), "total"), Amount(c.GetProperty("lastMonth"), "total")));
        var error = c.GetProperty("lastError");
        Assert.Equal(("AccessDeniedException", "User not enabled for cost explorer access"),
            (error.GetProperty("errorCode").GetString(), error.GetProperty("message").GetString()));
        Assert.Equal(accepted.GetProperty("refreshId").GetGuid(), c.GetProperty("lastRefreshId").GetGuid());

        var d = costs[rootD];
        Assert.Equal(JsonValueKind.Null, d.GetProperty("lastError").ValueKind);
        Assert.Equal((4m, 1m), (Amount(d.GetProperty("thisMonth"), "total"), Amount(d.GetProperty("lastMonth"), "total")));

        var e = costs[rootE];
        Assert.Equal(JsonValueKind.Null, e.GetProperty("fetchedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, e.GetProperty("thisMonth").ValueKind);
        Assert.Equal("DataUnavailableException", e.GetProperty("lastError").GetProperty("errorCode").GetString());

        // The accounts page keeps showing what C's last good fetch said; E has no figures yet.
        var accounts = await app.AccountCostsAsync();
        Assert.Equal((10m, 30m), (Amount(accounts[c1], "thisMonth"), Amount(accounts[c1], "lastMonth")));
        Assert.Equal(JsonValueKind.Null, accounts[rootE].ValueKind);
    }
}
