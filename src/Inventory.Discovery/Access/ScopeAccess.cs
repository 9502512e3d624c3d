using Amazon.Runtime;

namespace Inventory.Discovery.Access;

/// <summary>What a collector needs to reach one account in one region: resolved credentials and where AWS is.</summary>
/// <param name="Region">The AWS region to call; for global services the region their API lives in (us-east-1).</param>
internal sealed record ScopeAccess(string AccountId, string Region, AWSCredentials Credentials, AwsEndpoints Endpoints);
