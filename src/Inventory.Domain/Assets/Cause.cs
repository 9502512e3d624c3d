namespace Inventory.Domain.Assets;

public enum CauseKind
{
    DiscoveryJob,
    User,
    System,
}

/// <summary>Who or what made an event happen: a discovery job or a person.</summary>
public sealed record Cause(CauseKind Kind, string Id)
{
    public static Cause DiscoveryJob(string jobId) => new(CauseKind.DiscoveryJob, jobId);
    public static Cause User(string userId) => new(CauseKind.User, userId);
    public override string ToString() => $"{Kind}:{Id}";
}
