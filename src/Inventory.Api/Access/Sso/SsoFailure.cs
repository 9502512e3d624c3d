namespace Inventory.Api.Access.Sso;

/// <summary>A failed single sign-on ends on the sign-in page, which shows the reason from its ssoError parameter.</summary>
internal static class SsoFailure
{
    public static string SignInPage(string reason) => "/sign-in?ssoError=" + Uri.EscapeDataString(reason);

    /// <summary>
    /// Why a callback failed, in our words: the provider's (or a crafted link's) error_description is anyone's text and goes to the
    /// log only; a standard OAuth error code is shown.
    /// </summary>
    public static string CallbackReason(string? error) =>
        error is { Length: > 0 and <= 40 } && error.All(c => c is (>= 'a' and <= 'z') or '_')
            ? $"Single sign-on did not complete: the provider answered {error}."
            : "Single sign-on did not complete.";
}
