namespace Inventory.Domain.Costs;

/// <summary>A time period of a Cost Explorer answer: its bounds and whether AWS still estimates it.</summary>
public sealed record CostPeriod(DateOnly Start, DateOnly End, bool Estimated);

/// <summary>One group of one period as answered: the dimension's value, its display name where AWS gives one, amount and unit.</summary>
public sealed record CostGroup(DateOnly PeriodStart, string Key, string? Name, decimal Amount, string Unit);

/// <summary>Every period and group one grouped GetCostAndUsage answered, across all its pages, as read off the wire.</summary>
public sealed record CostBreakdown(IReadOnlyList<CostPeriod> Periods, IReadOnlyList<CostGroup> Groups);

/// <summary>What Cost Explorer answered for one management account: the same window grouped by linked account and by service.</summary>
public sealed record MonthlyCosts(CostBreakdown ByLinkedAccount, CostBreakdown ByService);
