using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Inventory.Domain.Assets.HumanIds;

/// <summary>Numbers handed out to new assets, first to first + count - 1, in the transaction that records them.</summary>
public sealed record HumanIdsAllocated(long First, int Count);

/// <summary>The last number handed out; fetched exclusively, so concurrent allocations queue and a rolled-back one leaves no gap.</summary>
public sealed class HumanIdCounter
{
    public string Id { get; set; } = "";
    public long Last { get; set; }
}

public sealed partial class HumanIdCounterProjection : SingleStreamProjection<HumanIdCounter, string>
{
    public HumanIdCounterProjection() => IncludeType<HumanIdsAllocated>();

    public override HumanIdCounter? Evolve(HumanIdCounter? snapshot, string id, IEvent e)
    {
        snapshot ??= new HumanIdCounter { Id = id };
        if (e.Data is HumanIdsAllocated allocated)
            snapshot.Last = Math.Max(snapshot.Last, allocated.First + allocated.Count - 1);
        return snapshot;
    }
}

public static class HumanId
{
    public const string StreamKey = "human-ids:asset";
    public const string Prefix = "ASSET-";

    /// <summary>ASSET-0042: four digits at least, more when the register outgrows them.</summary>
    public static string Format(long number) => Prefix + number.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out long number)
    {
        number = 0;
        return text is not null && text.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
            && long.TryParse(text.AsSpan(Prefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out number)
            && number > 0;
    }
}
