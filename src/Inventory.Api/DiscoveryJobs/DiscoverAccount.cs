namespace Inventory.Api.DiscoveryJobs;

/// <summary>Scan one account for one job; a durable message so a crash mid-job resumes the account.</summary>
public sealed record DiscoverAccount(Guid JobId, string AccountId);
