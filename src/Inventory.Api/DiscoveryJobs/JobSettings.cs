using Inventory.Domain.DiscoveryJobs;

namespace Inventory.Api.DiscoveryJobs;

/// <summary>The discovery settings under Inventory:Discovery, with the product's defaults.</summary>
internal sealed record JobSettings(
    TimeSpan TimeLimit, TimeSpan TakeoverGrace, TimeSpan CancelCheckInterval, IReadOnlyList<string>? DefaultRegions,
    int AccountConcurrency, int ScopeConcurrency)
{
    public const string Section = "Inventory:Discovery";

    public static JobSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        return new JobSettings(
            Positive(section, "TimeLimit", JobRules.DefaultTimeLimit),
            Positive(section, "TakeoverGrace", JobRules.DefaultTakeoverGrace),
            Positive(section, "CancelCheckInterval", TimeSpan.FromSeconds(1)),
            section.GetSection("DefaultRegions").Get<string[]>(),
            AtLeastOne(section, "AccountConcurrency", 4),
            AtLeastOne(section, "ScopeConcurrency", Discovery.Scanning.AccountScanner.DefaultConcurrency));
    }

    private static int AtLeastOne(IConfigurationSection section, string key, int fallback)
    {
        var value = section.GetValue<int?>(key) ?? fallback;
        return value >= 1 ? value : throw new InvalidOperationException($"{Section}:{key} must be 1 or more, not {value}.");
    }

    // A zero or negative span would end every job at once; a typo should fail loudly instead.
    private static TimeSpan Positive(IConfigurationSection section, string key, TimeSpan fallback)
    {
        var value = section.GetValue<TimeSpan?>(key) ?? fallback;
        return value > TimeSpan.Zero ? value : throw new InvalidOperationException($"{Section}:{key} must be a positive time span, not {value}.");
    }
}
