using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Amazon;
using Amazon.Runtime.Signing;
using Inventory.StubAws.Core;
using Inventory.StubAws.Services.CostExplorer;

namespace Inventory.Discovery.Tests.Costs;

/// <summary>The stub Cost Explorer refuses requests AWS would refuse, in AWS's JSON 1.1 error shape.</summary>
public sealed class CostExplorerStubTests : IClassFixture<StubAwsFixture>
{
    private const string Payer = "910000000000";
    private readonly StubAwsServer server;

    public CostExplorerStubTests(StubAwsFixture fixture)
    {
        server = fixture.Server;
        server.Reset();
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(string body)
    {
        var account = server.Estate.Account(Payer);
        using var http = new HttpClient(new SigV4SigningHandler(account.Credentials, RegionEndpoint.USEast1, "ce", new SocketsHttpHandler()));
        using var request = new HttpRequestMessage(HttpMethod.Post, server.Url + "/")
        {
            Content = new StringContent(body, Encoding.UTF8) { Headers = { ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.1") } },
        };
        request.Headers.Add("X-Amz-Target", "AWSInsightsIndexService.GetCostAndUsage");
        using var response = await http.SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    [Theory]
    [InlineData("""{"Granularity":"MONTHLY","Metrics":["UnblendedCost"]}""", "timePeriod")]
    [InlineData("""{"TimePeriod":{"Start":"2026-11-01","End":"2026-10-01"},"Granularity":"MONTHLY","Metrics":["UnblendedCost"]}""", "should be before end date")]
    [InlineData("""{"TimePeriod":{"Start":"2026-10-01","End":"2026-11-01"},"Metrics":["UnblendedCost"]}""", "Granularity")]
    [InlineData("""{"TimePeriod":{"Start":"2026-10-01","End":"2026-11-01"},"Granularity":"WEEKLY","Metrics":["UnblendedCost"]}""", "granularity")]
    [InlineData("""{"TimePeriod":{"Start":"2026-10-01","End":"2026-11-01"},"Granularity":"MONTHLY"}""", "Metrics")]
    [InlineData("""{"TimePeriod":{"Start":"2026-10-01","End":"2026-11-01"},"Granularity":"MONTHLY","Metrics":["Cost"]}""", "Invalid metric: Cost")]
    [InlineData("""{"TimePeriod":{"Start":"2026-10-01","End":"2026-11-01"},"Granularity":"MONTHLY","Metrics":["UnblendedCost"],"GroupBy":[{"Type":"COLOR","Key":"SERVICE"}]}""", "groupBy")]
    [InlineData("""{"TimePeriod":{"Start":"2026-10-01","End":"2026-11-01"},"Granularity":"MONTHLY","Metrics":["UnblendedCost"],"GroupBy":[{"Type":"DIMENSION","Key":"SERVICE"}],"NextPageToken":"bogus"}""", "invalid")]
    public async Task A_malformed_request_is_a_400_in_the_json_error_shape(string body, string mentions)
    {
        var (status, error) = await SendAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(error.GetProperty("__type").GetString(), new[] { "ValidationException", "InvalidNextTokenException" });
        Assert.Contains(mentions, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ungrouped_months_carry_their_total()
    {
        server.Estate.Account(Payer).CostExplorer().Add(new DateOnly(2026, 10, 1), Payer, "AWS Lambda", 1.5m).Add(new DateOnly(2026, 10, 1), Payer, "Amazon Route 53", 2m);

        var (status, answer) = await SendAsync("""{"TimePeriod":{"Start":"2026-10-01","End":"2026-11-01"},"Granularity":"MONTHLY","Metrics":["UnblendedCost"]}""");

        Assert.Equal(HttpStatusCode.OK, status);
        var october = Assert.Single(answer.GetProperty("ResultsByTime").EnumerateArray());
        Assert.Equal("2026-11-01", october.GetProperty("TimePeriod").GetProperty("End").GetString());
        Assert.Equal("3.5", october.GetProperty("Total").GetProperty("UnblendedCost").GetProperty("Amount").GetString());
        Assert.False(october.TryGetProperty("NextPageToken", out _));
    }
}
