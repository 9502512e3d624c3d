using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Inventory.Api.Mail;

/// <summary>POST /api/admin/settings/test-email body.</summary>
public sealed record TestEmail(string? To);

/// <summary>Sends a real message with the saved e-mail settings, so an administrator sees whether they work.</summary>
public static class TestEmailEndpoint
{
    [WolverinePost("/api/admin/settings/test-email")]
    [ProducesResponseType(StatusCodes.Status202Accepted)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status502BadGateway, "application/problem+json")]
    public static async Task<IResult> Post(TestEmail body, Mailer mailer, CancellationToken cancellation)
    {
        var to = body.To?.Trim();
        if (!Domain.Settings.SettingsRules.IsMailAddress(to))
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["to"] = ["to must be an e-mail address such as you@example.com."] },
                title: "Invalid test e-mail", detail: "to must be an e-mail address such as you@example.com.");
        try
        {
            await mailer.SendAsync(new OutgoingMail(to!, "Inventory test message",
                "This is a test message from Inventory. If you can read it, the product's e-mail settings work."), cancellation);
            return Results.Accepted();
        }
        catch (MailNotSetUp e)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "E-mail is not set up", detail: e.Message);
        }
        catch (MailDeliveryFailed e)
        {
            return Results.Problem(statusCode: StatusCodes.Status502BadGateway, title: "The mail server failed", detail: e.Message);
        }
    }
}
