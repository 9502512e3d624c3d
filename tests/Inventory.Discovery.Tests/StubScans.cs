using Inventory.Discovery.SignedRequests;
using Inventory.Discovery.Throttling;
using Inventory.Domain.Observations;

namespace Inventory.Discovery.Tests;

/// <summary>Helpers for tests that scan the stub: a back-off that waits a millisecond, and readable views of observations.</summary>
internal static class StubScans
{
    /// <summary>Retries quickly so throttling tests take milliseconds; three attempts in all.</summary>
    public static readonly Backoff FastBackoff = new() { Base = TimeSpan.FromMilliseconds(1), Max = TimeSpan.FromMilliseconds(1), MaxAttempts = 3 };

    /// <summary>The signed client's retries with that back-off, without waiting at all.</summary>
    public static readonly ThrottlingPolicy NoWaiting = new(FastBackoff, () => 0.5, (_, _) => Task.CompletedTask);

    public static Observation Single(this IReadOnlyList<Observation> observations, string resourceType, string resourceId) =>
        Assert.Single(observations, o => o.ResourceType == resourceType && o.ResourceId == resourceId);

    /// <summary>The related resources as "kind:id", sorted, for exact comparison.</summary>
    public static IReadOnlyList<string> RelatedText(this Observation observation) =>
        observation.Related.Select(r => $"{r.Kind}:{r.Id}").Order(StringComparer.Ordinal).ToList();

    /// <summary>The flat, normalised description the reconciler compares, which is exactly what a collector's mapping decides.</summary>
    public static IReadOnlyDictionary<string, string> Described(this Observation observation) =>
        AssetDescription.Normalise(observation, VolatileFields.Default);

    public static IReadOnlyDictionary<string, string> AttributesText(this Observation observation) =>
        AssetDescription.WithPrefix(observation.Described(), AssetDescription.AttributePrefix);
}
