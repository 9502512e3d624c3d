using System.Text.Json;
using Inventory.Discovery.Costs;
using Inventory.Discovery.SignedRequests;
using Inventory.Domain.Costs;
using Inventory.StubAws.Core;
using Inventory.StubAws.Services.CostExplorer;

namespace Inventory.Discovery.Tests.Costs;

/// <summary>Cost Explorer's GetCostAndUsage through the signed client and HTTP against the stub AWS, every page of both groupings.</summary>
public sealed class CostExplorerTests : IClassFixture<StubAwsFixture>
{
    private const string Payer = "900000000000";
    private const string Member = "900000000001";
    private const string Lambda = "AWS Lambda";
    private const string Ec2 = "Amazon Elastic Compute Cloud - Compute";
    private const string S3 = "Amazon Simple Storage Service";

    private static readonly CostWindow Window = CostWindow.At(DateTimeOffset.UtcNow);

    private readonly StubAwsServer server;

    public CostExplorerTests(StubAwsFixture fixture)
    {
        server = fixture.Server;
        server.Reset();
    }

    private CostExplorerEstate Bill => server.Estate.Account(Payer).CostExplorer();

    private Task<MonthlyCosts> FetchAsync() =>
        new CostExplorer(StubScans.NoWaiting).MonthlyCostsAsync(server.Access(server.Estate.Account(Payer), CostExplorer.Region), Window, CancellationToken.None);

    [Fact]
    public async Task Both_groupings_are_read_across_every_page_with_exact_amounts_and_the_linked_accounts_names()
    {
        Bill.Name(Payer, "Root").Name(Member, "Payments")
            .Add(Window.LastMonth, Payer, Ec2, 10.0000000001m).Add(Window.LastMonth, Member, Ec2, 200.5m).Add(Window.LastMonth, Member, S3, 0.25m)
            .Add(Window.ThisMonth, Payer, Lambda, 1.125m).Add(Window.ThisMonth, Member, Lambda, 3m)
            // Outside the window: never reported.
            .Add(Window.LastMonth.AddMonths(-1), Member, Ec2, 999m);

        var costs = await FetchAsync();

        var months = new[] { new CostPeriod(Window.LastMonth, Window.ThisMonth, false), new CostPeriod(Window.ThisMonth, Window.End, true) };
        Assert.Equal(months, costs.ByLinkedAccount.Periods);
        Assert.Equal(months, costs.ByService.Periods);
        Assert.Equal(
            [
                new CostGroup(Window.LastMonth, Payer, "Root", 10.0000000001m, "USD"), new CostGroup(Window.LastMonth, Member, "Payments", 200.75m, "USD"),
                new CostGroup(Window.ThisMonth, Payer, "Root", 1.125m, "USD"), new CostGroup(Window.ThisMonth, Member, "Payments", 3m, "USD"),
            ],
            costs.ByLinkedAccount.Groups);
        Assert.Equal(
            [
                new CostGroup(Window.LastMonth, Ec2, null, 210.5000000001m, "USD"), new CostGroup(Window.LastMonth, S3, null, 0.25m, "USD"),
                new CostGroup(Window.ThisMonth, Lambda, null, 4.125m, "USD"),
            ],
            costs.ByService.Groups);

        // Four linked-account groups at two a page, three service groups: two pages each, all signed for ce in us-east-1.
        var calls = server.RequestsFor("ce", "GetCostAndUsage");
        Assert.Equal(4, calls.Count);
        Assert.All(calls, c => Assert.Equal((200, "us-east-1", Payer), (c.Status, c.Region, c.AccountId)));
        Assert.All(calls, c => Assert.Equal("AWSInsightsIndexService.GetCostAndUsage", c.Header("X-Amz-Target")));
    }

    [Fact]
    public async Task The_request_asks_for_the_window_monthly_unblended_cost_grouped_by_one_dimension()
    {
        Bill.Add(Window.ThisMonth, Payer, Lambda, 1m);
        var bodies = new List<JsonElement>();
        server.Register(new RecordingCostExplorer(bodies));
        try
        {
            await FetchAsync();
        }
        finally
        {
            server.Register(new CostExplorerStubService());
        }

        Assert.Equal(2, bodies.Count);
        var first = bodies[0];
        Assert.Equal(Window.Start.ToString("yyyy-MM-dd", null), first.GetProperty("TimePeriod").GetProperty("Start").GetString());
        Assert.Equal(Window.End.ToString("yyyy-MM-dd", null), first.GetProperty("TimePeriod").GetProperty("End").GetString());
        Assert.Equal("MONTHLY", first.GetProperty("Granularity").GetString());
        Assert.Equal(["UnblendedCost"], first.GetProperty("Metrics").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(["DIMENSION:LINKED_ACCOUNT", "DIMENSION:SERVICE"],
            bodies.Select(b => Assert.Single(b.GetProperty("GroupBy").EnumerateArray()))
                .Select(g => g.GetProperty("Type").GetString() + ":" + g.GetProperty("Key").GetString()));
    }

    [Theory]
    [InlineData("AccessDeniedException", "User not enabled for cost explorer access")]
    [InlineData("DataUnavailableException", "Data is not available. Please try to adjust the time period.")]
    public async Task An_aws_error_comes_out_with_its_code_and_message(string code, string message)
    {
        if (code == "AccessDeniedException")
            Bill.Enabled = false;
        else
            server.Faults.Add("ce", "GetCostAndUsage", code, 400, message: message, accountId: Payer);

        var error = await Assert.ThrowsAsync<AwsServiceException>(FetchAsync);

        Assert.Equal((code, message, 400), (error.ErrorCode, error.Message, error.StatusCode));
    }

    [Fact]
    public async Task A_stalled_call_ends_when_the_caller_gives_up()
    {
        var stall = server.Stalls.Add("ce", "GetCostAndUsage", Payer);
        using var cancel = new CancellationTokenSource();
        var fetch = new CostExplorer(StubScans.NoWaiting).MonthlyCostsAsync(server.Access(server.Estate.Account(Payer), CostExplorer.Region), Window, cancel.Token);

        await stall.Entered;
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetch);
        await stall.Abandoned;
    }

    /// <summary>The stub service, keeping each request's body for the test to read.</summary>
    private sealed class RecordingCostExplorer(List<JsonElement> bodies) : IStubService
    {
        private readonly CostExplorerStubService inner = new();

        public string SigningName => inner.SigningName;

        public StubProtocol Protocol => inner.Protocol;

        public string ActionOf(StubRequest request) => inner.ActionOf(request);

        public Task HandleAsync(StubRequest request, Microsoft.AspNetCore.Http.HttpContext http)
        {
            lock (bodies)
                bodies.Add(JsonDocument.Parse(request.Body).RootElement.Clone());
            return inner.HandleAsync(request, http);
        }
    }
}
