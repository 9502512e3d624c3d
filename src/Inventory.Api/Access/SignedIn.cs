using Inventory.Domain.Access;
using Inventory.Domain.Assets;

namespace Inventory.Api.Access;

/// <summary>Who is calling, as events name them: the signed-in user's username, or api:&lt;client name&gt; for a bearer token.</summary>
internal static class SignedIn
{
    public static Cause CauseOf(HttpContext context)
    {
        var name = context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name : null;
        // Every endpoint that changes state requires a signed-in caller, so an unnamed one here is a wiring fault, not a user error.
        return Cause.User(name ?? throw new InvalidOperationException($"{context.Request.Method} {context.Request.Path} ran without a signed-in caller."));
    }

    public static Actor ActorOf(HttpContext context) =>
        new(AccessClaims.UserIdOf(context.User), AccessClaims.RoleOf(context.User) ?? UserRole.ReadOnly, CauseOf(context));
}
