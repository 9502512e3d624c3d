using Inventory.Domain.Access;
using Inventory.Domain.Access.ApiClients;
using Wolverine.Http;

namespace Inventory.Api.Access.ApiClients;

public sealed record ApiClientResponse(string Id, string ClientId, string Name, UserRole Role, bool Active, DateTimeOffset CreatedAt, string CreatedBy)
{
    public static ApiClientResponse From(ApiClientRecord client) =>
        new(client.ApiClientId, client.ClientId, client.Name, client.Role, client.Active, client.CreatedAt, client.CreatedBy);
}

/// <summary>The answer to a registration: the only time the secret is ever shown.</summary>
public sealed record RegisteredApiClient(string Id, string ClientId, string Name, UserRole Role, bool Active, DateTimeOffset CreatedAt, string CreatedBy,
    string Secret);

/// <summary>Admins register programs that call the API with client-credentials tokens.</summary>
public static class ApiClientEndpoints
{
    [WolverineGet("/api/admin/api-clients")]
    public static async Task<IReadOnlyList<ApiClientResponse>> List(ApiClientDirectory clients, CancellationToken cancellation) =>
        (await clients.ListAsync(cancellation)).Select(ApiClientResponse.From).ToList();

    [WolverinePost("/api/admin/api-clients")]
    public static async Task<IResult> Register(ApiClientInput body, HttpContext context, ApiClientDirectory clients, CancellationToken cancellation)
    {
        var (decision, client, secret) = await clients.RegisterAsync(body with { Active = null }, SignedIn.CauseOf(context), cancellation);
        return AccessProblems.Of(decision, "API client") ?? Results.Created($"/api/admin/api-clients/{client!.ApiClientId}",
            new RegisteredApiClient(client.ApiClientId, client.ClientId, client.Name, client.Role, client.Active, client.CreatedAt, client.CreatedBy, secret!));
    }

    [WolverinePut("/api/admin/api-clients/{id}")]
    public static async Task<IResult> Change(string id, ApiClientInput body, HttpContext context, ApiClientDirectory clients, CancellationToken cancellation)
    {
        var (decision, client) = await clients.ChangeAsync(id, body, SignedIn.CauseOf(context), cancellation);
        return AccessProblems.Of(decision, "API client") ?? Results.Ok(ApiClientResponse.From(client!));
    }

    [WolverineDelete("/api/admin/api-clients/{id}")]
    public static async Task<IResult> Remove(string id, HttpContext context, ApiClientDirectory clients, CancellationToken cancellation)
    {
        var (decision, _) = await clients.RemoveAsync(id, SignedIn.CauseOf(context), cancellation);
        return AccessProblems.Of(decision, "API client") ?? Results.NoContent();
    }
}
