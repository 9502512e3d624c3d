using Amazon;
using Amazon.EC2;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.SecurityToken;
using Inventory.Discovery.Throttling;

namespace Inventory.Discovery.Access;

/// <summary>
/// The official SDK clients for one scope, pointed at AWS or at the endpoint override.
/// Endpoint overrides are keyed by signing name: EC2 and VPC share "ec2", S3 is "s3", STS is "sts".
/// </summary>
internal static class SdkClients
{
    public static AmazonEC2Client Ec2(ScopeAccess access) =>
        new(Credentials(access), Configure(new AmazonEC2Config(), access, "ec2"));

    public static AmazonS3Client S3(ScopeAccess access)
    {
        var config = Configure(new AmazonS3Config(), access, "s3");
        // An emulator on loopback has no per-bucket hostnames, so buckets go in the path.
        if (access.Endpoints.For("s3") is not null)
            config.ForcePathStyle = true;
        return new AmazonS3Client(Credentials(access), config);
    }

    public static AmazonSecurityTokenServiceClient Sts(ScopeAccess access) =>
        new(Credentials(access), Configure(new AmazonSecurityTokenServiceConfig(), access, "sts"));

    private static AWSCredentials Credentials(ScopeAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        return access.Credentials;
    }

    private static T Configure<T>(T config, ScopeAccess access, string signingName) where T : ClientConfig
    {
        var url = access.Endpoints.For(signingName);
        if (url is null)
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(access.Region);
        }
        else
        {
            // The region cannot be read from a loopback hostname, so requests are signed for the scope's region explicitly.
            config.ServiceURL = url;
            config.AuthenticationRegion = access.Region;
        }

        // The product's own setting is the only endpoint override: AWS_ENDPOINT_URL on a host must not redirect a scan.
        config.IgnoreConfiguredEndpointUrls = true;
        // Throttling is retried by ThrottledCalls with jittered back-off; SDK retries on top would multiply the attempts.
        config.RetryMode = RequestRetryMode.Standard;
        config.MaxErrorRetry = 0;
        return config;
    }
}

/// <summary>Runs SDK calls with the product's throttling retries and reads every page of a list API.</summary>
internal sealed class SdkCalls(Backoff? backoff = null)
{
    private readonly Backoff backoff = backoff ?? new Backoff();

    public Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken ct) =>
        ThrottledCalls.RunAsync(call, Classify, backoff, Random.Shared.NextDouble, Task.Delay, ct);

    /// <summary>
    /// Calls <paramref name="page"/> with each next token until the answer carries none; every page is retried on its own.
    /// A token that comes back unchanged stops the scan with an error rather than looping for ever.
    /// </summary>
    public async Task<List<TItem>> AllPagesAsync<TResponse, TItem>(
        Func<string?, CancellationToken, Task<TResponse>> page,
        Func<TResponse, IEnumerable<TItem>?> items,
        Func<TResponse, string?> nextToken,
        CancellationToken ct)
    {
        var all = new List<TItem>();
        await foreach (var part in PagesAsync(page, items, nextToken, ct).ConfigureAwait(false))
            all.AddRange(part);
        return all;
    }

    /// <summary>Each page's items as soon as AWS answers it, so a caller can pass them on before the listing ends.</summary>
    public async IAsyncEnumerable<IReadOnlyList<TItem>> PagesAsync<TResponse, TItem>(
        Func<string?, CancellationToken, Task<TResponse>> page,
        Func<TResponse, IEnumerable<TItem>?> items,
        Func<TResponse, string?> nextToken,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        string? token = null;
        while (true)
        {
            var requestToken = token;
            var response = await RunAsync(c => page(requestToken, c), ct).ConfigureAwait(false);
            yield return [.. items(response) ?? []];
            token = nextToken(response);
            if (string.IsNullOrEmpty(token))
                break;
            if (token == requestToken)
                throw new InvalidOperationException($"The list API answered the page token it was sent ({token}); stopping instead of looping.");
        }
    }

    /// <summary>The AWS error code and HTTP status of an SDK exception; only these decide whether a call was throttled.</summary>
    public static (string? code, int? status) Classify(Exception exception) =>
        exception is AmazonServiceException aws ? (aws.ErrorCode, (int)aws.StatusCode) : (null, null);
}
