using System.Xml.Linq;
using Inventory.StubAws.Core;
using Inventory.StubAws.Protocols;
using Microsoft.AspNetCore.Http;

namespace Inventory.StubAws.Services.S3;

/// <summary>
/// S3 (REST-XML, path-style addressing as the endpoint override forces): ListBuckets paged by continuation token,
/// GetBucketLocation and GetBucketTagging. Like S3, a bucket's configuration must be asked for in the bucket's region.
/// </summary>
public sealed class S3StubService : IStubService
{
    private static readonly XNamespace Ns = "http://s3.amazonaws.com/doc/2006-03-01/";

    public string SigningName => "s3";

    public StubProtocol Protocol => StubProtocol.S3Xml;

    public string ActionOf(StubRequest request)
    {
        var bucket = BucketOf(request);
        return (request.Method, bucket, request.Query) switch
        {
            ("GET", null, _) => "ListBuckets",
            ("GET", not null, var q) when q.ContainsKey("location") => "GetBucketLocation",
            ("GET", not null, var q) when q.ContainsKey("tagging") => "GetBucketTagging",
            _ => "Unsupported",
        };
    }

    public Task HandleAsync(StubRequest request, HttpContext http)
    {
        http.Response.Headers["x-amz-request-id"] = request.RequestId;
        return request.Action switch
        {
            "ListBuckets" => ListBucketsAsync(request, http),
            "GetBucketLocation" => GetBucketLocationAsync(request, http),
            "GetBucketTagging" => GetBucketTaggingAsync(request, http),
            _ => throw new StubAwsException("NotImplemented", $"The stub S3 does not implement {request.Method} {request.Path}.", 501),
        };
    }

    private static Task ListBucketsAsync(StubRequest request, HttpContext http)
    {
        var buckets = request.Account.S3().Buckets.OrderBy(b => b.Name, StringComparer.Ordinal).ToList();
        int? maxBuckets = request.Query.TryGetValue("max-buckets", out var max) ? int.Parse(max, System.Globalization.CultureInfo.InvariantCulture) : null;
        var (page, next) = StubPaging.Page(
            buckets, request.Query.GetValueOrDefault("continuation-token"), maxBuckets, request.PageSize, invalidTokenCode: "InvalidArgument");
        return StubXml.WriteAsync(http, new XElement(Ns + "ListAllMyBucketsResult",
            new XElement(Ns + "Owner", new XElement(Ns + "ID", "stub-canonical-" + request.Account.AccountId)),
            new XElement(Ns + "Buckets", page.Select(b => new XElement(Ns + "Bucket",
                new XElement(Ns + "Name", b.Name),
                new XElement(Ns + "CreationDate", StubXml.Text(b.CreationDate)),
                new XElement(Ns + "BucketRegion", b.Region)))),
            StubXml.Optional(Ns + "ContinuationToken", next)));
    }

    // S3 answers an empty constraint for us-east-1; GetBucketLocation may be asked from any region.
    private static Task GetBucketLocationAsync(StubRequest request, HttpContext http)
    {
        var bucket = FindBucket(request);
        return StubXml.WriteAsync(http, new XElement(Ns + "LocationConstraint", bucket.Region == "us-east-1" ? "" : bucket.Region));
    }

    private static Task GetBucketTaggingAsync(StubRequest request, HttpContext http)
    {
        var bucket = FindBucket(request);
        RequireBucketRegion(request, bucket);
        if (bucket.Tags is null)
            throw new StubAwsException(new StubError("NoSuchTagSet", "The TagSet does not exist", 404)
            {
                Details = new Dictionary<string, string> { ["BucketName"] = bucket.Name },
            });
        return StubXml.WriteAsync(http, new XElement(Ns + "Tagging",
            new XElement(Ns + "TagSet", bucket.Tags.Select(t => new XElement(Ns + "Tag",
                new XElement(Ns + "Key", t.Key),
                new XElement(Ns + "Value", t.Value))))));
    }

    private static StubBucket FindBucket(StubRequest request)
    {
        var name = BucketOf(request)!;
        if (request.Account.S3().Buckets.FirstOrDefault(b => b.Name == name) is { } bucket)
            return bucket;
        if (request.Estate.Accounts.Any(a => a.S3().Buckets.Any(b => b.Name == name)))
            throw new StubAwsException("AccessDenied", "Access Denied", 403);
        throw new StubAwsException(new StubError("NoSuchBucket", "The specified bucket does not exist", 404)
        {
            Details = new Dictionary<string, string> { ["BucketName"] = name },
        });
    }

    private static void RequireBucketRegion(StubRequest request, StubBucket bucket)
    {
        if (request.Region != bucket.Region)
            throw new StubAwsException(new StubError(
                "AuthorizationHeaderMalformed",
                $"The authorization header is malformed; the region '{request.Region}' is wrong; expecting '{bucket.Region}'",
                400)
            {
                Details = new Dictionary<string, string> { ["Region"] = bucket.Region },
            });
    }

    /// <summary>Path-style: the first path segment is the bucket; "/" alone is the service.</summary>
    private static string? BucketOf(StubRequest request)
    {
        var segment = request.Path.Trim('/').Split('/', 2)[0];
        return segment.Length == 0 ? null : segment;
    }
}
