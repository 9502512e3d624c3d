using System.Collections.Concurrent;
using System.Net;
using System.Reflection;
using Inventory.Discovery.Access;
using Inventory.StubAws.Estate;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Inventory.StubAws.Core;

/// <summary>
/// A stub AWS on a loopback port, reached by the real SDK clients through the endpoint override.
/// Each request must be SigV4-signed with a key of the <see cref="Estate"/>; the credential scope's service picks the
/// <see cref="IStubService"/> that answers and the access key picks the account. Tests arrange the estate, inject
/// <see cref="Faults"/> and read <see cref="Requests"/>.
/// </summary>
public sealed class StubAwsServer : IAsyncDisposable
{
    /// <summary>How many items a stub list answer holds at most, unless a test changes it.</summary>
    public const int DefaultPageSize = 2;

    private readonly ConcurrentDictionary<string, IStubService> services = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private readonly ConcurrentQueue<Exception> handlerFailures = new();
    private WebApplication? app;

    private StubAwsServer(IEnumerable<IStubService> services)
    {
        foreach (var service in services)
            Register(service);
    }

    /// <summary>The base URL, e.g. http://127.0.0.1:41234, to use as the endpoint override for every service.</summary>
    public string Url { get; private set; } = "";

    public StubEstate Estate { get; private set; } = new();

    public StubFaults Faults { get; } = new();

    public StubStalls Stalls { get; } = new();

    public int PageSize { get; set; } = DefaultPageSize;

    /// <summary>Every request so far, in arrival order, with the status it was answered with.</summary>
    public IReadOnlyList<RecordedRequest> Requests => requests.ToList();

    /// <summary>Exceptions a stub handler threw (answered as 500 InternalError); a test can assert there were none.</summary>
    public IReadOnlyList<Exception> HandlerFailures => handlerFailures.ToList();

    /// <summary>The endpoint override that sends every service here.</summary>
    internal AwsEndpoints Endpoints => new(All: Url);

    /// <summary>Starts a server with every <see cref="IStubService"/> of this assembly, on a free loopback port.</summary>
    public static async Task<StubAwsServer> StartAsync()
    {
        var server = new StubAwsServer(DiscoverServices());
        await server.StartListeningAsync();
        return server;
    }

    /// <summary>Adds or replaces the service answering a signing name.</summary>
    public void Register(IStubService service) => services[service.SigningName] = service;

    /// <summary>A fresh estate, no faults, no recorded requests, the default page size: one test does not see another's leftovers.</summary>
    public void Reset()
    {
        Estate = new StubEstate();
        Faults.Clear();
        Stalls.Clear();
        requests.Clear();
        handlerFailures.Clear();
        PageSize = DefaultPageSize;
    }

    public IReadOnlyList<RecordedRequest> RequestsFor(string service, string action) =>
        Requests.Where(r => r.Service == service && r.Action == action).ToList();

    /// <summary>What a collector needs to scan <paramref name="account"/> in <paramref name="region"/> here, with the account's own key.</summary>
    internal ScopeAccess Access(StubAccount account, string region) =>
        new(account.AccountId, region, account.Credentials, Endpoints);

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private async Task StartListeningAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        app = builder.Build();
        app.Run(DispatchAsync);
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Url = addresses.Single().TrimEnd('/');
    }

    private static IEnumerable<IStubService> DiscoverServices() =>
        typeof(StubAwsServer).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IStubService).IsAssignableFrom(t)
                        && t.GetConstructor(BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes) is not null)
            .Select(t => (IStubService)Activator.CreateInstance(t)!)
            .GroupBy(s => s.SigningName)
            .Select(g => g.Count() == 1
                ? g.Single()
                : throw new InvalidOperationException($"Several stub services answer '{g.Key}': {string.Join(", ", g.Select(s => s.GetType().Name))}."));

    private async Task DispatchAsync(HttpContext http)
    {
        var requestId = Guid.NewGuid().ToString();
        var body = await ReadBodyAsync(http.Request);
        var query = http.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        var form = IsForm(http.Request)
            ? QueryHelpers.ParseQuery(System.Text.Encoding.UTF8.GetString(body)).ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        var parameters = new Dictionary<string, string>(query, StringComparer.Ordinal);
        foreach (var (name, value) in form)
            parameters[name] = value;

        var estate = Estate;
        SigV4Authorization? authorization = null;
        StubCredentials? caller = null;
        StubRequest? stubRequest = null;
        StubError? error = null;
        var protocol = StubProtocol.Guess(http.Request, parameters);
        // The answer is buffered so the request is recorded before the caller can see the answer and look for it.
        var wire = http.Response.Body;
        using var answer = new MemoryStream();
        http.Response.Body = answer;
        try
        {
            (authorization, error) = Authenticate(http.Request, body, estate, protocol, out caller, out var service);
            if (service is not null)
                protocol = service.Protocol;
            if (error is null)
            {
                stubRequest = new StubRequest
                {
                    Service = authorization!.Service,
                    Region = authorization.Region,
                    Caller = caller!,
                    Account = estate.Account(caller!.AccountId),
                    Estate = estate,
                    Method = http.Request.Method,
                    Path = http.Request.Path.HasValue ? http.Request.Path.Value! : "/",
                    Query = query,
                    Form = form,
                    Body = body,
                    Headers = http.Request.Headers,
                    RequestId = requestId,
                    PageSize = PageSize,
                };
                stubRequest = stubRequest with { Action = service!.ActionOf(stubRequest) };
                await Stalls.HoldAsync(stubRequest.Service, stubRequest.Action, stubRequest.Account.AccountId, stubRequest.Region, http.RequestAborted);
                error = Faults.TakeFor(stubRequest.Service, stubRequest.Action, stubRequest.Account.AccountId, stubRequest.Region);
                if (error is null)
                    await service.HandleAsync(stubRequest, http);
            }
        }
        catch (StubAwsException e)
        {
            error = e.Error;
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The caller hung up on a held call: there is no one to answer.
            http.Response.Body = wire;
            return;
        }
        catch (Exception e)
        {
            handlerFailures.Enqueue(e);
            error = new StubError("InternalError", "The stub failed: " + e, 500);
        }

        if (error is not null)
        {
            answer.SetLength(0);
            await protocol.WriteErrorAsync(http, error, requestId);
        }

        requests.Enqueue(new RecordedRequest(
            authorization?.Service, stubRequest?.Action, authorization?.Region, caller?.AccountId, authorization?.AccessKeyId,
            http.Request.Method, http.Request.Path.Value ?? "/",
            http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            parameters, http.Response.StatusCode, error?.Code));

        http.Response.Body = wire;
        http.Response.ContentLength = answer.Length;
        answer.Position = 0;
        await answer.CopyToAsync(wire);
    }

    /// <summary>Checks the SigV4 header, the key and the signature; on success says who calls which service.</summary>
    private (SigV4Authorization? Authorization, StubError? Error) Authenticate(
        HttpRequest request, byte[] body, StubEstate estate, StubProtocol guessed, out StubCredentials? caller, out IStubService? service)
    {
        caller = null;
        service = null;
        var header = request.Headers.Authorization.ToString();
        if (header.Length == 0)
            return (null, guessed.MissingAuthentication());
        var (authorization, problem) = SigV4Authorization.Parse(header);
        if (authorization is null)
            return (null, guessed.MalformedAuthorization(problem!));
        if (!services.TryGetValue(authorization.Service, out service))
            return (authorization, new StubError("NotImplemented", $"The stub has no service '{authorization.Service}'; add an IStubService for it.", 501));

        var protocol = service.Protocol;
        caller = estate.FindKey(authorization.AccessKeyId);
        if (caller is null)
            return (authorization, protocol.InvalidCredentials());
        if (SigV4Verifier.Problem(request, body, authorization, caller.SecretAccessKey) is { } mismatch)
            return (authorization, protocol.SignatureMismatch(mismatch));
        if (caller.SessionToken is not null && request.Headers["X-Amz-Security-Token"].ToString() != caller.SessionToken)
            return (authorization, protocol.InvalidCredentials());
        if (estate.Account(caller.AccountId).IsDisabled(authorization.Region))
            return (authorization, protocol.InvalidCredentials());
        return (authorization, null);
    }

    private static bool IsForm(HttpRequest request) =>
        request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true;

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        return buffer.ToArray();
    }
}
