using System.Collections.Concurrent;
using System.Text.Json;
using Alba;
using Inventory.Api.Access.Sessions;
using Inventory.Api.Tests.Harness;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Inventory.Api.Tests.Access;

/// <summary>The real host with the sessions' and throttle's clock in the test's hand, and every log line kept for inspection.</summary>
public class AccessApp : InventoryApp
{
    public MovableClock Clock { get; } = new();
    public LogCapture Logs { get; } = new();

    protected override void Configure(IWebHostBuilder web)
    {
        web.ConfigureLogging(logging => logging.AddProvider(Logs));
        web.ConfigureTestServices(services => services.AddKeyedSingleton<TimeProvider>(AccessClock.Key, Clock));
    }

    /// <summary>Sends a request and returns its status, body and response, asserting nothing.</summary>
    public async Task<(int Status, string Body, IScenarioResult Result)> SendAsync(Action<Scenario> request)
    {
        var result = await Host.Scenario(s =>
        {
            request(s);
            s.IgnoreStatusCode();
        });
        return (result.Context.Response.StatusCode, await result.ReadAsTextAsync(), result);
    }

    public static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    /// <summary>A problem's JSON without the trace id, which differs on every request.</summary>
    public static string WithoutTraceId(string problem)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(problem)!.AsObject();
        json.Remove("traceId");
        return json.ToJsonString();
    }
}

/// <summary>A clock that stands still until a test moves it.</summary>
public sealed class MovableClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

/// <summary>Every message any logger wrote, with its structured values, so tests can look for secrets in them.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} | {values} {exception}");
        }
    }
}
