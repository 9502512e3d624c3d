using Inventory.Api.Access.Sessions;
using Inventory.Domain.Access;
using Inventory.Domain.Access.ApiClients;
using Inventory.Domain.Assets;
using Marten;
using Microsoft.Extensions.Caching.Memory;

namespace Inventory.Api.Access.ApiClients;

/// <summary>
/// API clients, read from and written to their streams. Bearer requests read a client's state through a cache of at most
/// <see cref="CacheFor"/>, so a client disabled or removed on another instance stops within that; here it stops at once.
/// </summary>
public sealed class ApiClientDirectory(IDocumentStore store, IMemoryCache cache, [FromKeyedServices(AccessClock.Key)] TimeProvider clock)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    public async Task<IReadOnlyList<ApiClientRecord>> ListAsync(CancellationToken cancellation)
    {
        await using var session = store.QuerySession();
        var clients = await session.Query<ApiClientRecord>().Where(c => !c.Removed).ToListAsync(cancellation);
        return clients.OrderBy(c => c.NameKey, StringComparer.Ordinal).ToList();
    }

    public async Task<ApiClientRecord?> FindAsync(string apiClientId, CancellationToken cancellation)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<ApiClientRecord>(ApiClientStreams.Key(apiClientId), cancellation) is { Removed: false } client ? client : null;
    }

    public async Task<ApiClientRecord?> FindByClientIdAsync(string clientId, CancellationToken cancellation)
    {
        await using var session = store.QuerySession();
        return await session.Query<ApiClientRecord>().FirstOrDefaultAsync(c => c.ClientId == clientId && !c.Removed, cancellation);
    }

    /// <summary>The client's current state for a bearer request, cached briefly.</summary>
    public Task<ApiClientRecord?> CurrentAsync(string apiClientId, CancellationToken cancellation) =>
        cache.GetOrCreateAsync(CacheKey(apiClientId), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            return FindAsync(apiClientId, cancellation);
        });

    /// <returns>The decision, the client and (only here, only once) its secret.</returns>
    public async Task<(AccessDecision Decision, ApiClientRecord? Client, string? Secret)> RegisterAsync(ApiClientInput input, Cause cause,
        CancellationToken cancellation)
    {
        var id = Guid.NewGuid().ToString("N");
        var secret = ClientSecrets.NewSecret();
        var (decision, client) = await WriteAsync(id, async (session, _) =>
        {
            var key = input.Name?.Trim().ToLowerInvariant() ?? "";
            var taken = await session.Query<ApiClientRecord>().AnyAsync(c => c.NameKey == key, cancellation);
            return ApiClientRules.Register(input, _ => taken, id, ClientSecrets.NewClientId(), ClientSecrets.Hash(secret), clock.GetUtcNow(), cause);
        }, cancellation);
        return (decision, client, decision is AccessDecision.Accepted ? secret : null);
    }

    public Task<(AccessDecision Decision, ApiClientRecord? Client)> ChangeAsync(string apiClientId, ApiClientInput input, Cause cause,
        CancellationToken cancellation) =>
        WriteAsync(apiClientId, async (session, current) =>
        {
            var key = input.Name?.Trim().ToLowerInvariant() ?? "";
            var taken = await session.Query<ApiClientRecord>().AnyAsync(c => c.NameKey == key && c.ApiClientId != apiClientId, cancellation);
            return ApiClientRules.Change(current, apiClientId, input, _ => taken, clock.GetUtcNow(), cause);
        }, cancellation);

    public Task<(AccessDecision Decision, ApiClientRecord? Client)> RemoveAsync(string apiClientId, Cause cause, CancellationToken cancellation) =>
        WriteAsync(apiClientId, (_, current) => Task.FromResult(ApiClientRules.Remove(current, apiClientId, clock.GetUtcNow(), cause)), cancellation);

    private async Task<(AccessDecision, ApiClientRecord?)> WriteAsync(string apiClientId,
        Func<IDocumentSession, ApiClientRecord?, Task<AccessDecision>> decide, CancellationToken cancellation)
    {
        var result = await AccessWrites.RunAsync(store, ApiClientStreams.Key(apiClientId), decide,
            _ => AccessDecision.Taken("name", "An API client of that name exists already."), cancellation);
        cache.Remove(CacheKey(apiClientId));
        return result;
    }

    private static string CacheKey(string apiClientId) => "api-client:" + apiClientId;
}
