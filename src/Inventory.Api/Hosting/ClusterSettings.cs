namespace Inventory.Api.Hosting;

/// <summary>
/// Inventory:Cluster: how quickly instances sharing one database notice a dead one. HealthCheckInterval and StaleNodeTimeout
/// drive Wolverine's node health checks (a killed instance's messages move to a live one once it is stale); LeadershipPolling
/// is how often a standby asks for the projection daemon's lock.
/// </summary>
internal sealed record ClusterSettings(TimeSpan HealthCheckInterval, TimeSpan StaleNodeTimeout, TimeSpan LeadershipPolling)
{
    public static ClusterSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Inventory:Cluster");
        return new ClusterSettings(
            section.GetValue("HealthCheckInterval", TimeSpan.FromSeconds(5)),
            section.GetValue("StaleNodeTimeout", TimeSpan.FromSeconds(30)),
            section.GetValue("LeadershipPolling", TimeSpan.FromSeconds(5)));
    }
}
