using Inventory.Domain.Access;
using Microsoft.AspNetCore.Authorization;

namespace Inventory.Api.Access.Authorization;

/// <summary>
/// The one policy behind every endpoint: it is the fallback (endpoints that say nothing) and the default ([Authorize]), so
/// an endpoint added later is covered without anyone remembering to. Reads need any role, changes and everything under /api/admin need an admin.
/// </summary>
internal static class RolePolicy
{
    /// <summary>For endpoints every signed-in user may call whatever the method: sign-out, change-password.</summary>
    public const string AnySignedIn = "AnySignedIn";

    public static void Configure(AuthorizationOptions options)
    {
        var byMethod = new AuthorizationPolicyBuilder().AddRequirements(new RoleRequirement(EndpointAccess.ByMethod)).Build();
        options.FallbackPolicy = byMethod;
        options.DefaultPolicy = byMethod;
        options.AddPolicy(AnySignedIn, new AuthorizationPolicyBuilder().AddRequirements(new RoleRequirement(EndpointAccess.AnySignedIn)).Build());
    }
}

internal sealed record RoleRequirement(EndpointAccess Access) : IAuthorizationRequirement;

internal sealed class RoleRequirementHandler : AuthorizationHandler<RoleRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, RoleRequirement requirement)
    {
        var request = (context.Resource as HttpContext)?.Request;
        if (AccessRules.Decide(request?.Method ?? "POST", request?.Path.Value ?? "", AccessClaims.RoleOf(context.User), requirement.Access) == AccessVerdict.Allowed)
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
