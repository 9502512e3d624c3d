using Inventory.StubAws.Estate;

namespace Inventory.StubAws.Services.Cognito;

/// <summary>The Cognito user pools of one region, listed in the order they were added.</summary>
public sealed class CognitoEstate
{
    public List<StubUserPool> UserPools { get; } = [];
}

public static class CognitoEstateExtensions
{
    public static CognitoEstate Cognito(this StubRegion region) => region.Service<CognitoEstate>();
}
