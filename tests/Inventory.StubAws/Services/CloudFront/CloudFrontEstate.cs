using Inventory.StubAws.Estate;

namespace Inventory.StubAws.Services.CloudFront;

/// <summary>An account's CloudFront distributions, listed in the order they were added.</summary>
public sealed class CloudFrontEstate
{
    public List<StubDistribution> Distributions { get; } = [];
}

public static class CloudFrontEstateExtensions
{
    public static CloudFrontEstate CloudFront(this StubAccount account) => account.Global<CloudFrontEstate>();
}
