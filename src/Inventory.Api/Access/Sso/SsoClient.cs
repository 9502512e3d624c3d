using Inventory.Api.Settings;
using Inventory.Domain.Settings;
using Marten;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using OpenIddict.Client;

namespace Inventory.Api.Access.Sso;

/// <summary>
/// The OpenIddict client's one registration, built from the single sign-on settings. When the settings' version moves, the change token
/// fires and the options monitor rebuilds the client options, so a new issuer, client or secret applies without a restart.
/// </summary>
public sealed class SsoClient(SettingsSecrets secrets) : IConfigureOptions<OpenIddictClientOptions>, IOptionsChangeTokenSource<OpenIddictClientOptions>
{
    public const string RegistrationId = "inventory-sso";
    public const string CallbackPath = "api/auth/sso/callback";

    private readonly Lock _lock = new();
    private CancellationTokenSource _changed = new();
    private long _version = -1;

    /// <summary>The settings the registration was last built from; disabled until they were first read.</summary>
    public SsoSettings Current { get; private set; } = SsoSettings.Defaults;

    public bool Enabled => Current is { Enabled: true, Issuer: not null, ClientId: not null };

    public string? Name => Options.DefaultName;

    public IChangeToken GetChangeToken() => new CancellationChangeToken(_changed.Token);

    /// <summary>Reads the settings and, when they changed since the last read, has the client options rebuilt from them.</summary>
    public async Task<SsoSettings> RefreshAsync(IQuerySession session, CancellationToken cancellation)
    {
        var settings = await ProductSettingsReader.CurrentAsync(session, cancellation);
        CancellationTokenSource? stale = null;
        lock (_lock)
        {
            if (settings.Version != _version)
            {
                (_version, Current) = (settings.Version, settings.Sso);
                stale = _changed;
                _changed = new CancellationTokenSource();
            }
        }
        // Cancelled outside the lock: the options monitor's callback asks for the new token straight away.
        stale?.Cancel();
        return settings.Sso;
    }

    public void Configure(OpenIddictClientOptions options)
    {
        var sso = Current;
        if (!Enabled)
            return;
        var registration = new OpenIddictClientRegistration
        {
            RegistrationId = RegistrationId,
            Issuer = new Uri(sso.Issuer!, UriKind.Absolute),
            ClientId = sso.ClientId,
            ClientSecret = secrets.Reveal(sso.ProtectedClientSecret),
            RedirectUri = new Uri(CallbackPath, UriKind.Relative),
            ProviderDisplayName = sso.DisplayName,
        };
        registration.Scopes.UnionWith(sso.Scopes);
        options.Registrations.Add(registration);
    }
}
