using Inventory.Domain.Costs;

namespace Inventory.Api.Costs;

/// <summary>The cost settings under Inventory:Costs, with the product's defaults.</summary>
internal sealed record CostSettings(TimeSpan TimeLimit)
{
    public const string Section = "Inventory:Costs";

    /// <summary>Management accounts asked at once; Cost Explorer's rate limit is per account, so a few in parallel is safe.</summary>
    public const int AccountConcurrency = 4;

    public static CostSettings From(IConfiguration configuration)
    {
        var key = Section + ":TimeLimit";
        var limit = configuration.GetValue<TimeSpan?>(key) ?? CostDecisions.DefaultTimeLimit;
        // A zero or negative limit would time every refresh out at once; a typo should fail loudly instead.
        return limit > TimeSpan.Zero ? new CostSettings(limit) : throw new InvalidOperationException($"{key} must be a positive time span, not {limit}.");
    }
}
