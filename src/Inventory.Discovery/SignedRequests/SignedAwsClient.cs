using Amazon;
using Amazon.Runtime.Signing;
using Inventory.Discovery.Access;
using Inventory.Discovery.Throttling;

namespace Inventory.Discovery.SignedRequests;

/// <summary>
/// Calls one AWS service in one scope over SigV4-signed HTTP, for the services without an SDK package here.
/// The protocol codecs (<see cref="QueryProtocol"/>, <see cref="RestXmlProtocol"/>, <see cref="RestJsonProtocol"/>,
/// <see cref="Json11Protocol"/>) build requests and read answers; this class signs, sends and retries throttling.
/// </summary>
internal sealed class SignedAwsClient : IDisposable
{
    private readonly HttpClient http;
    private readonly ThrottlingPolicy throttling;

    public SignedAwsClient(ScopeAccess access, string signingName, ThrottlingPolicy? throttling = null)
    {
        ArgumentNullException.ThrowIfNull(access);
        Endpoint = AwsServiceEndpoint.Resolve(signingName, access.Region, access.Endpoints);
        this.throttling = throttling ?? ThrottlingPolicy.Default;

        // Redirects off: a followed redirect would go out with a signature for the wrong URL (or none).
        var transport = new SocketsHttpHandler { AllowAutoRedirect = false };
        var signing = new SigV4SigningHandler(
            access.Credentials, RegionEndpoint.GetBySystemName(Endpoint.SigningRegion), Endpoint.SigningName, transport);
        http = new HttpClient(signing, disposeHandler: true);
    }

    public AwsServiceEndpoint Endpoint { get; }

    /// <summary>
    /// Sends a request built afresh for every attempt (each retry is signed with a new timestamp), retrying throttling.
    /// A non-2xx answer becomes the exception <paramref name="readError"/> makes of it; network failures and timeouts propagate.
    /// </summary>
    internal Task<T> SendAsync<T>(
        Func<HttpRequestMessage> buildRequest,
        Func<AwsResponse, T> readAnswer,
        Func<AwsResponse, AwsServiceException> readError,
        CancellationToken ct) =>
        ThrottledCalls.RunAsync(
            async attemptCt =>
            {
                using var request = buildRequest();
                using var response = await http.SendAsync(request, attemptCt).ConfigureAwait(false);
                var body = await response.Content.ReadAsStringAsync(attemptCt).ConfigureAwait(false);
                var answer = new AwsResponse((int)response.StatusCode, response.Headers, body);
                return response.IsSuccessStatusCode ? readAnswer(answer) : throw readError(answer);
            },
            Classify,
            throttling.Backoff,
            throttling.Random,
            throttling.Delay,
            ct);

    private static (string? code, int? status) Classify(Exception exception) =>
        exception is AwsServiceException aws ? (aws.ErrorCode, aws.StatusCode) : (null, null);

    public void Dispose() => http.Dispose();
}
