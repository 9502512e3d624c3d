using Marten;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Inventory.Api.Health;

/// <summary>Ready means the database answers a query.</summary>
internal sealed class DatabaseHealthCheck(IDocumentStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var session = store.QuerySession();
            var answer = await session.QueryAsync<int>("select 1", cancellationToken);
            return answer.SingleOrDefault() == 1 ? HealthCheckResult.Healthy("database answers") : HealthCheckResult.Unhealthy("database gave no answer");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("database unreachable: " + ex.GetType().Name, ex);
        }
    }
}

internal static class HealthEndpoints
{
    public static void MapHealthEndpoints(this WebApplication app)
    {
        // Probes answer load balancers and orchestrators, which do not sign in.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
    }
}
