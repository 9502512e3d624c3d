using Inventory.StubAws.Estate;

namespace Inventory.StubAws.Services.Msk;

/// <summary>The MSK clusters of one region, provisioned and serverless.</summary>
public sealed class MskEstate
{
    public List<StubMskCluster> Clusters { get; } = [];
}

public static class MskEstateExtensions
{
    public static MskEstate Msk(this StubRegion region) => region.Service<MskEstate>();
}
