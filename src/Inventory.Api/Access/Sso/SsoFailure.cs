namespace Inventory.Api.Access.Sso;

/// <summary>A failed single sign-on ends on the sign-in page, which shows the reason from its ssoError parameter.</summary>
internal static class SsoFailure
{
    public static string SignInPage(string reason) => "/sign-in?ssoError=" + Uri.EscapeDataString(reason);
}
