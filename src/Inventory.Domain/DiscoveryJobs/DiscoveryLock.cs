namespace Inventory.Domain.DiscoveryJobs;

/// <summary>One per account with a running job: its primary key makes a second concurrent job fail on insert.</summary>
public sealed class DiscoveryLock
{
    public string Id { get; set; } = "";
    public Guid JobId { get; set; }
}
