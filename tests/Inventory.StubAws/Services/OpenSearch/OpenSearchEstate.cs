using Inventory.StubAws.Estate;

namespace Inventory.StubAws.Services.OpenSearch;

/// <summary>The OpenSearch Service domains of one region.</summary>
public sealed class OpenSearchEstate
{
    public List<StubDomain> Domains { get; } = [];
}

public static class OpenSearchEstateExtensions
{
    public static OpenSearchEstate OpenSearch(this StubRegion region) => region.Service<OpenSearchEstate>();
}
