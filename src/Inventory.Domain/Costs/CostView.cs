namespace Inventory.Domain.Costs;

/// <summary>
/// A management account's costs as shown: the last good figures and, when a later fetch failed, its error beside them.
/// </summary>
public sealed class CostView
{
    public string Id { get; set; } = "";
    public string ManagementAccountId { get; set; } = "";

    /// <summary>When the figures shown were fetched; null until a fetch succeeded.</summary>
    public DateTimeOffset? FetchedAt { get; set; }
    public string? Currency { get; set; }
    public PeriodCosts? ThisMonth { get; set; }
    public PeriodCosts? LastMonth { get; set; }

    /// <summary>The newest failure when it came after the figures shown; null once a later fetch succeeded.</summary>
    public CostError? LastError { get; set; }

    /// <summary>The refresh that recorded the newest outcome, so a client can tell when the refresh it asked for has landed.</summary>
    public Guid? LastRefreshId { get; set; }
    public DateTimeOffset? LastAttemptAt { get; set; }
}

public sealed record CostError(string ErrorCode, string Message, DateTimeOffset At);
