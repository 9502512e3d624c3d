using JasperFx.Events.Projections;
using Marten;

namespace Inventory.Api.Access.PasswordReset;

internal static class PasswordResetRegistration
{
    public static IServiceCollection AddPasswordReset(this IServiceCollection services)
    {
        services.AddSingleton<PasswordResets>();
        services.ConfigureMarten(o => o.Projections.Add<PasswordResetTokenProjection>(ProjectionLifecycle.Inline));
        return services;
    }
}
