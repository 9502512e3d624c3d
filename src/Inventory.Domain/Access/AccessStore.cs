using Inventory.Domain.Access.ApiClients;
using Inventory.Domain.Access.SignIns;
using Inventory.Domain.Access.Users;
using JasperFx.Events.Projections;

namespace Inventory.Domain.Access;

/// <summary>Users and API clients, projected inline with unique lookup keys, the sign-in failures the throttle counts, and the signed-in browsers.</summary>
public static class AccessStore
{
    public static void Configure(Marten.StoreOptions options)
    {
        options.Projections.Add<UserRecordProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<UserRecord>()
            .Duplicate(x => x.UsernameKey!, configure: index => index.IsUnique = true)
            .Duplicate(x => x.EmailKey!, configure: index => index.IsUnique = true);
        options.Projections.Add<ApiClientRecordProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<ApiClientRecord>()
            .Duplicate(x => x.ClientId, configure: index => index.IsUnique = true)
            .Duplicate(x => x.NameKey!, configure: index => index.IsUnique = true);
        options.Schema.For<SignInFailure>()
            .Duplicate(x => x.UsernameKey)
            .Duplicate(x => x.Address)
            .Duplicate(x => x.At);
        options.Schema.For<BrowserSession>().Duplicate(x => x.UserId);
    }
}
