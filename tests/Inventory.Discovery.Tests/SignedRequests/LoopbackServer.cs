using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Inventory.Discovery.Tests.SignedRequests;

/// <summary>One request exactly as it reached the server: the raw target, so signatures can be checked over the wire form.</summary>
internal sealed record RecordedRequest(string Method, string RawTarget, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string Path => RawTarget.Split('?', 2)[0];

    public string Query => RawTarget.Contains('?') ? RawTarget.Split('?', 2)[1] : "";

    public string BodyText => Encoding.UTF8.GetString(Body);

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>The decoded query (or form) parameters, in wire order.</summary>
    public static List<KeyValuePair<string, string>> Pairs(string encoded) =>
        encoded.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(parts => KeyValuePair.Create(Uri.UnescapeDataString(parts[0]), parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : ""))
            .ToList();

    public string? QueryValue(string name) => Pairs(Query).Where(p => p.Key == name).Select(p => p.Value).FirstOrDefault();

    public string? FormValue(string name) => Pairs(BodyText).Where(p => p.Key == name).Select(p => p.Value).FirstOrDefault();
}

/// <summary>What the stub answers.</summary>
internal sealed record StubAnswer(int Status, string Body, string ContentType, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static StubAnswer Xml(string body, int status = 200, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, body, "text/xml", headers);

    public static StubAnswer Json(string body, int status = 200, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, body, "application/json", headers);
}

/// <summary>
/// A real HTTP server on loopback that records each request and answers as scripted. Like AWS, it checks every
/// signature with its own SigV4 implementation and answers 403 SignatureDoesNotMatch when it is wrong.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<RecordedRequest> requests = new();

    private LoopbackServer(WebApplication app) => this.app = app;

    public string Url { get; private set; } = "";

    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    /// <param name="answer">Gets each request and its 1-based number.</param>
    public static async Task<LoopbackServer> StartAsync(Func<RecordedRequest, int, StubAnswer> answer, string secretKey = StubAccess.SecretKey)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new LoopbackServer(app);
        app.Run(context => server.Answer(context, answer, secretKey));
        await app.StartAsync();
        server.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return server;
    }

    private async Task Answer(HttpContext context, Func<RecordedRequest, int, StubAnswer> answer, string secretKey)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedRequest(
            context.Request.Method, context.Features.Get<IHttpRequestFeature>()!.RawTarget, headers, body.ToArray());
        requests.Enqueue(recorded);

        var reply = SigV4Check.Matches(recorded, secretKey)
            ? answer(recorded, requests.Count)
            : StubAnswer.Xml(
                "<ErrorResponse><Error><Type>Sender</Type><Code>SignatureDoesNotMatch</Code>"
                + "<Message>The request signature we calculated does not match the signature you provided.</Message></Error>"
                + "<RequestId>stub</RequestId></ErrorResponse>",
                403);

        context.Response.StatusCode = reply.Status;
        context.Response.ContentType = reply.ContentType;
        foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
            context.Response.Headers[name] = value;
        await context.Response.WriteAsync(reply.Body);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
