namespace Inventory.Api.Scheduling;

/// <summary>One occurrence of the hourly check; the occurrence is the hour it stands for, the same on every instance.</summary>
public sealed record CheckSchedule(DateTimeOffset Occurrence);
