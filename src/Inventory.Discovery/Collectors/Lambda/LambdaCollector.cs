using Inventory.Discovery.Access;
using Inventory.Discovery.Collecting;
using Inventory.Discovery.SignedRequests;
using Inventory.Domain.Observations;

namespace Inventory.Discovery.Collectors.Lambda;

/// <summary>
/// Lambda in one region, over REST-JSON through the signed client.
/// Calls ListFunctions (GET /2015-03-31/functions/, paged by Marker/NextMarker) and ListTags (GET /2017-03-31/tags/{ARN}) per function.
/// </summary>
internal sealed class LambdaCollector(ThrottlingPolicy? throttling = null) : ICollector
{
    public string Service => "lambda";

    public bool IsGlobal => false;

    public async Task<IReadOnlyList<Observation>> CollectAsync(ScopeAccess access, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(access);
        using var lambda = new SignedAwsClient(access, SigningNames.Lambda, throttling);
        return await LambdaFunctions.CollectAsync(lambda, cancellation).ConfigureAwait(false);
    }
}
