using Inventory.Api.Mail;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Inventory.Api.Settings;

internal static class SettingsRegistration
{
    /// <summary>Settings, their secrets' protector and the mail they configure.</summary>
    public static IServiceCollection AddProductSettings(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SettingsSecrets>();
        // Replaces the configured timeout the access registration falls back to.
        services.AddSingleton<Access.Sessions.ISessionTimeout, SettingsSessionTimeout>();
        services.AddMail();
        return services;
    }
}
