using Inventory.Domain.Access.SignIns;

namespace Inventory.Api.Access;

/// <summary>The "Inventory:Access" configuration section.</summary>
public sealed class AccessOptions
{
    public const string Section = "Inventory:Access";

    public SuperadminOptions Superadmin { get; set; } = new();

    /// <summary>Minutes a browser session lasts without a request; the admin settings take over when they set it.</summary>
    public int SessionTimeoutMinutes { get; set; } = 480;

    public int SignInUserFailures { get; set; } = SignInLimits.Default.UserFailures;
    public int SignInAddressFailures { get; set; } = SignInLimits.Default.AddressFailures;
    public TimeSpan SignInWindow { get; set; } = SignInLimits.Default.Window;

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Issue and accept tokens over plain HTTP (local runs, tests, or TLS ended by a proxy that does not forward the scheme).</summary>
    public bool TokensOverHttp { get; set; }

    public SignInLimits SignInLimits => new(SignInUserFailures, SignInAddressFailures, SignInWindow);

    public static AccessOptions From(IConfiguration configuration) => configuration.GetSection(Section).Get<AccessOptions>() ?? new AccessOptions();
}

public sealed class SuperadminOptions
{
    public string Username { get; set; } = "superadmin";

    /// <summary>The first start's superadmin password; when empty a random one is printed to the log once.</summary>
    public string? Password { get; set; }
}
