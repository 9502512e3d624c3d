using Inventory.StubAws.Estate;

namespace Inventory.StubAws.Services.Lambda;

/// <summary>The Lambda functions of one region; tests add, change and remove them between scans.</summary>
public sealed class LambdaEstate
{
    public List<StubFunction> Functions { get; } = [];
}

public static class LambdaEstateExtensions
{
    public static LambdaEstate Lambda(this StubRegion region) => region.Service<LambdaEstate>();
}
