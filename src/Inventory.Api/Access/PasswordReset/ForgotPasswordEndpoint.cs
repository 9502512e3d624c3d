using Inventory.Api.Access.SignIn;
using Microsoft.AspNetCore.Authorization;
using Wolverine;
using Wolverine.Http;

namespace Inventory.Api.Access.PasswordReset;

public sealed record ForgotPassword(string? UsernameOrEmail);

/// <summary>A reset mail asked for: looked up and sent after the answer, so the answer cannot tell whether the user exists.</summary>
public sealed record PasswordResetRequested(string UsernameOrEmail);

/// <summary>
/// Mails a reset link to an active local user found by username or e-mail address. The answer is 202 whoever asked, and the
/// endpoint does the same work either way (count the attempt, queue the request): the lookup and the mail happen in the background.
/// Requests are throttled per name and per address, so nobody can flood a person's mailbox.
/// </summary>
public static class ForgotPasswordEndpoint
{
    private const int MaxLength = 254;

    [AllowAnonymous]
    [WolverinePost("/api/auth/forgot-password")]
    public static async Task<IResult> Post(ForgotPassword body, HttpContext context, SignInThrottling throttling, IMessageBus bus,
        CancellationToken cancellation)
    {
        var name = body.UsernameOrEmail?.Trim();
        var problem = string.IsNullOrEmpty(name) ? "Enter your username or e-mail address."
            : name.Length > MaxLength ? $"A username or e-mail address has at most {MaxLength} characters." : null;
        if (problem is not null)
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["usernameOrEmail"] = [problem] }, title: "Invalid request", detail: problem);
        var ticket = await throttling.ReserveAsync(ThrottledAction.ResetMail, name!, SignInEndpoints.AddressOf(context), cancellation);
        if (ticket.Refused)
            return SignInEndpoints.TooMany(context, ticket.RetryAfter!.Value, "reset");
        await bus.PublishAsync(new PasswordResetRequested(name!));
        return Results.Accepted();
    }
}

/// <summary>Sends the link, when there is such a user and a public address to put in it.</summary>
public static class PasswordResetRequestedHandler
{
    public static async Task Handle(PasswordResetRequested request, PasswordResets resets, IConfiguration configuration,
        ILogger<PasswordResetRequested> logger, CancellationToken cancellation)
    {
        if (ResetLink.Root(configuration) is null)
        {
            logger.LogWarning("No reset mail sent: {Setting} is not set to the address people open Inventory at, and a link is built from nothing else",
                ResetLink.Setting);
            return;
        }
        await resets.RequestAsync(request.UsernameOrEmail, token => ResetLink.For(token, configuration)!, cancellation);
    }
}
