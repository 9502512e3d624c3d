namespace Inventory.Api.Hosting;

/// <summary>
/// Inventory:Cluster: how instances sharing one database split the work and how quickly they notice a dead one.
/// HealthCheckInterval and StaleNodeTimeout drive Wolverine's node health checks (a killed instance's messages and, when
/// shared, its projections move to a live one once it is stale); LeadershipPolling is how often a standby asks for the
/// projection daemon's lock when one leader runs them all. ShareProjections spreads the async projections over every
/// instance instead (Wolverine's leader assigns each to a node and moves a dead node's share to the survivors); every
/// instance on the database must have the same value.
/// </summary>
internal sealed record ClusterSettings(TimeSpan HealthCheckInterval, TimeSpan StaleNodeTimeout, TimeSpan LeadershipPolling, bool ShareProjections)
{
    public static ClusterSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Inventory:Cluster");
        return new ClusterSettings(
            section.GetValue("HealthCheckInterval", TimeSpan.FromSeconds(5)),
            section.GetValue("StaleNodeTimeout", TimeSpan.FromSeconds(30)),
            section.GetValue("LeadershipPolling", TimeSpan.FromSeconds(5)),
            section.GetValue("ShareProjections", false));
    }
}
