namespace Inventory.Domain.Settings;

/// <summary>How often scheduled discovery runs all active accounts.</summary>
public enum DiscoveryInterval
{
    Disabled,
    Hourly,
    Daily,
    Weekly,
    Monthly,
}
