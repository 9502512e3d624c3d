using Inventory.StubAws.Estate;

namespace Inventory.StubAws.Services.Ecr;

/// <summary>The ECR repositories of one region, listed in the order they were added.</summary>
public sealed class EcrEstate
{
    public List<StubRepository> Repositories { get; } = [];
}

public static class EcrEstateExtensions
{
    public static EcrEstate Ecr(this StubRegion region) => region.Service<EcrEstate>();
}
