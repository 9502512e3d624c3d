namespace Inventory.Domain.Settings;

/// <summary>Where the product's e-mail goes: the log (development) or an SMTP server.</summary>
public enum EmailMode
{
    /// <summary>The message goes to the log whole: for development only, elsewhere it is not sent at all.</summary>
    Console,
    Smtp,
    /// <summary>No mail is sent (the default until an administrator sets up SMTP); a reset token never reaches a log.</summary>
    Disabled,
}

/// <summary>How the SMTP connection is secured.</summary>
public enum SmtpSecurity
{
    None,
    StartTls,
    SslOnConnect,
}

/// <summary>Single sign-on through one OpenID Connect provider; the client secret is Data Protection ciphertext.</summary>
public sealed record SsoSettings(
    bool Enabled,
    string? DisplayName,
    string? Issuer,
    string? ClientId,
    string? ProtectedClientSecret,
    IReadOnlyList<string> Scopes,
    string? RoleClaim,
    string? AdminValue)
{
    public static readonly IReadOnlyList<string> DefaultScopes = ["openid", "profile", "email"];

    public static SsoSettings Defaults { get; } = new(false, null, null, null, null, DefaultScopes, null, null);
}

/// <summary>How the product sends e-mail; the SMTP password is Data Protection ciphertext.</summary>
public sealed record EmailSettings(
    EmailMode Mode,
    string? Host,
    int Port,
    SmtpSecurity Security,
    string? Username,
    string? ProtectedPassword,
    string FromAddress,
    string? FromName)
{
    public static EmailSettings Defaults { get; } = new(EmailMode.Disabled, null, 587, SmtpSecurity.StartTls, null, null, "inventory@localhost", "Inventory");
}
