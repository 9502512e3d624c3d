using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Inventory.Domain.Settings;

/// <summary>The product's settings as they are now; inline on the settings stream, so every reader sees the last change at once.</summary>
public sealed class ProductSettings
{
    public const int DefaultSessionTimeoutMinutes = 480;

    public string Id { get; set; } = SettingsStream.Key;
    public SsoSettings Sso { get; set; } = SsoSettings.Defaults;
    public EmailSettings Email { get; set; } = EmailSettings.Defaults;
    public DiscoveryInterval DiscoveryInterval { get; set; } = DiscoveryInterval.Daily;
    public int SessionTimeoutMinutes { get; set; } = DefaultSessionTimeoutMinutes;
    public DateTimeOffset? UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public long Version { get; set; }

    public static ProductSettings Defaults() => new();
}

public static class SettingsStream
{
    /// <summary>The one stream every settings change is appended to.</summary>
    public const string Key = "product-settings";
}

public sealed partial class ProductSettingsProjection : SingleStreamProjection<ProductSettings, string>
{
    public ProductSettingsProjection()
    {
        IncludeType<SsoSettingsChanged>();
        IncludeType<EmailSettingsChanged>();
        IncludeType<DiscoveryIntervalChanged>();
        IncludeType<SessionTimeoutChanged>();
    }

    public override ProductSettings? Evolve(ProductSettings? snapshot, string id, IEvent e)
    {
        snapshot ??= new ProductSettings { Id = id };
        switch (e.Data)
        {
            case SsoSettingsChanged sso:
                snapshot.Sso = sso.Sso;
                Stamp(snapshot, sso.At, sso.Cause.Id);
                break;
            case EmailSettingsChanged email:
                snapshot.Email = email.Email;
                Stamp(snapshot, email.At, email.Cause.Id);
                break;
            case DiscoveryIntervalChanged interval:
                snapshot.DiscoveryInterval = interval.Interval;
                Stamp(snapshot, interval.At, interval.Cause.Id);
                break;
            case SessionTimeoutChanged timeout:
                snapshot.SessionTimeoutMinutes = timeout.Minutes;
                Stamp(snapshot, timeout.At, timeout.Cause.Id);
                break;
        }
        snapshot.Version = e.Version;
        return snapshot;
    }

    private static void Stamp(ProductSettings snapshot, DateTimeOffset at, string by) => (snapshot.UpdatedAt, snapshot.UpdatedBy) = (at, by);
}

/// <summary>The settings' part of the store.</summary>
public static class SettingsStore
{
    public static void Configure(Marten.StoreOptions options) =>
        options.Projections.Add<ProductSettingsProjection>(JasperFx.Events.Projections.ProjectionLifecycle.Inline);
}
