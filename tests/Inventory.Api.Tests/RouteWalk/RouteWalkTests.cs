using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Inventory.Api.Tests.Harness;
using static Inventory.Api.Tests.Accounts.AccountCalls;
using Xunit.Abstractions;

namespace Inventory.Api.Tests.RouteWalk;

/// <summary>
/// Every route of /openapi/v1.json, called as an admin with hostile path values, query strings and bodies: no answer is a
/// 5xx, none takes longer than five seconds, and none echoes a script tag raw into HTML.
/// </summary>
public sealed class RouteWalkTests(RouteWalkApp app, ITestOutputHelper output) : IClassFixture<RouteWalkApp>
{
    private static readonly TimeSpan Slow = TimeSpan.FromSeconds(5);
    private readonly SemaphoreSlim _renewing = new(1, 1);
    private TestSession _session = null!;
    private int _walkers;

    [Fact]
    public async Task Every_route_answers_hostile_input_with_a_quick_client_error_and_nothing_raw_in_html()
    {
        var document = JsonDocument.Parse(await app.Host.GetTextAsync("/openapi/v1.json")).RootElement;
        var probes = new RoutePlan(document).Probes().ToList();
        Assert.True(probes.Count > 1000, $"The walk planned only {probes.Count} requests: is the document complete?");
        _session = await NewWalkerAsync();
        using var client = app.Host.Server.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(60);

        var failures = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(probes, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (probe, _) =>
        {
            var (status, elapsed, body, contentType) = await SendAsync(client, probe);
            statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            if (status >= 500)
                failures.Enqueue($"{status} {probe}: {Shorten(body)}");
            if (elapsed > Slow)
                failures.Enqueue($"slow ({elapsed.TotalSeconds:F1} s) {probe}");
            if (contentType.Contains("html", StringComparison.OrdinalIgnoreCase) && body.Contains(HostileInputs.Script))
                failures.Enqueue($"echoed into HTML {probe}");
        });

        output.WriteLine($"{probes.Count} requests in {clock.Elapsed.TotalSeconds:F1} s; statuses: " +
                         string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        foreach (var line in app.Logs.Lines.Where(l => l.StartsWith("Error") || l.StartsWith("Critical")).Take(20))
            output.WriteLine(line.Length > 3000 ? line[..3000] : line);
        Assert.True(failures.IsEmpty, $"{failures.Count} of {probes.Count} requests failed the walk:\n" + string.Join("\n", failures.Take(60)));
    }

    /// <summary>Sends a probe in the walker's session; a probe that ended the session (sign-out, a password change) gets a fresh walker and runs again.</summary>
    private async Task<(int Status, TimeSpan Elapsed, string Body, string ContentType)> SendAsync(HttpClient client, Probe probe)
    {
        for (var attempt = 0; ; attempt++)
        {
            var session = _session;
            using var request = new HttpRequestMessage(new HttpMethod(probe.Method), probe.Url);
            request.Headers.Add("Cookie", session.Cookies);
            request.Headers.Add("X-XSRF-TOKEN", session.Xsrf);
            if (probe.Body is not null)
                request.Content = new StringContent(probe.Body, Encoding.UTF8, "application/json");
            var clock = Stopwatch.StartNew();
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            clock.Stop();
            if (response.StatusCode == HttpStatusCode.Unauthorized && attempt == 0)
            {
                await RenewAsync(session);
                continue;
            }
            return ((int)response.StatusCode, clock.Elapsed, body, response.Content.Headers.ContentType?.ToString() ?? "");
        }
    }

    private async Task RenewAsync(TestSession ended)
    {
        await _renewing.WaitAsync();
        try
        {
            if (ReferenceEquals(_session, ended))
                _session = await NewWalkerAsync();
        }
        finally
        {
            _renewing.Release();
        }
    }

    private Task<TestSession> NewWalkerAsync() => app.UserAsync($"walker{Interlocked.Increment(ref _walkers)}");

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
