using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Inventory.Api.Access.Authorization;

/// <summary>Refusals as problem details, never a redirect to a sign-in page: 401 for nobody signed in, 403 for a role that may not.</summary>
internal sealed class ProblemAuthorizationResults : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged)
        {
            if (context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
                context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in required",
                detail: "Sign in, or send a valid bearer token, to use this endpoint.").ExecuteAsync(context);
        }
        if (authorizeResult.Forbidden)
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed",
                detail: "Your role does not allow this: changes and administration need the Admin role.").ExecuteAsync(context);
        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
