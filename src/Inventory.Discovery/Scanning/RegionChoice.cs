namespace Inventory.Discovery.Scanning;

/// <summary>Which regions to scan in an account: its own list, else the configured default, else every enabled region.</summary>
internal static class RegionChoice
{
    /// <param name="enabledRegions">Asked only when neither list names a region, because it costs a call to AWS.</param>
    public static async Task<IReadOnlyList<string>> For(
        IReadOnlyList<string>? accountRegions,
        IReadOnlyList<string>? configuredDefault,
        Func<Task<IReadOnlyList<string>>> enabledRegions)
    {
        ArgumentNullException.ThrowIfNull(enabledRegions);
        if (accountRegions is { Count: > 0 })
            return accountRegions;
        if (configuredDefault is { Count: > 0 })
            return configuredDefault;
        return await enabledRegions().ConfigureAwait(false);
    }
}
