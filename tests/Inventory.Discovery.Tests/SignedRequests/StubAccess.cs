using System.Globalization;
using Amazon.Runtime;
using Inventory.Discovery.Access;
using Inventory.Discovery.SignedRequests;
using Inventory.Discovery.Throttling;

namespace Inventory.Discovery.Tests.SignedRequests;

/// <summary>Scope access and throttling for clients pointed at a stub server, and the checks every signed request must pass.</summary>
internal static class StubAccess
{
    public const string AccessKey = "AKID";
    public const string SecretKey = "stub/secret+key";
    public const string SessionToken = "session-token/with+odd=chars";

    public static ScopeAccess For(LoopbackServer server, string region = "eu-west-1", bool session = false) =>
        new(
            "123456789012",
            region,
            session ? new SessionAWSCredentials(AccessKey, SecretKey, SessionToken) : new BasicAWSCredentials(AccessKey, SecretKey),
            new AwsEndpoints(All: server.Url));

    /// <summary>Waits nothing; records what it was asked to wait.</summary>
    public static ThrottlingPolicy Recording(List<TimeSpan> delays, int maxAttempts = 8) =>
        new(new Backoff { MaxAttempts = maxAttempts }, () => 0.5, (delay, _) =>
        {
            delays.Add(delay);
            return Task.CompletedTask;
        });

    /// <summary>Fails the test if the client tries to wait: for calls that must not be retried.</summary>
    public static readonly ThrottlingPolicy NoRetry = new(new Backoff(), () => 0.5, (_, _) => throw new InvalidOperationException("Unexpected retry."));

    public static SignedAwsClient Client(LoopbackServer server, string signingName, string region = "eu-west-1", bool session = false, ThrottlingPolicy? throttling = null) =>
        new(For(server, region, session), signingName, throttling ?? NoRetry);

    /// <summary>Authorization and X-Amz-Date in AWS's format for this scope, the token when given, and a signature the independent verifier agrees with.</summary>
    public static void AssertSigned(RecordedRequest request, string region, string service, bool session = false)
    {
        var authorization = SigV4Check.ParseAuthorization(request.Header("Authorization"));
        Assert.True(authorization is not null, $"Authorization header not in SigV4 form: '{request.Header("Authorization")}'");
        Assert.Equal(AccessKey, authorization.AccessKey);
        Assert.Equal(region, authorization.Region);
        Assert.Equal(service, authorization.Service);

        var amzDate = request.Header("X-Amz-Date");
        Assert.NotNull(amzDate);
        var signedAt = DateTime.ParseExact(amzDate, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
        Assert.Equal(signedAt.ToString("yyyyMMdd", CultureInfo.InvariantCulture), authorization.Date);
        Assert.InRange(signedAt, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(5));

        Assert.Contains("host", authorization.SignedHeaders);
        Assert.Contains("x-amz-date", authorization.SignedHeaders);
        if (session)
        {
            Assert.Equal(SessionToken, request.Header("X-Amz-Security-Token"));
            Assert.Contains("x-amz-security-token", authorization.SignedHeaders);
        }
        else
        {
            Assert.Null(request.Header("X-Amz-Security-Token"));
        }

        if (request.Header("X-Amz-Content-Sha256") is { } contentHash)
            Assert.Equal(SigV4Check.Hex(System.Security.Cryptography.SHA256.HashData(request.Body)), contentHash);

        Assert.Equal(SigV4Check.ExpectedSignature(request, authorization, SecretKey), authorization.Signature);
        Assert.NotEqual(SigV4Check.ExpectedSignature(request, authorization, SecretKey + "x"), authorization.Signature);
    }
}
