namespace Inventory.Discovery.Tests.SignedRequests;

/// <summary>The test verifier itself must be right, or every signature check built on it proves nothing.</summary>
public class SigV4CheckTests
{
    // AWS's published worked example: IAM ListUsers, signed 2015-08-30 12:36:00 UTC with the documentation's example key.
    private static readonly RecordedRequest ListUsers = new(
        "GET",
        "/?Action=ListUsers&Version=2010-05-08",
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8",
            ["Host"] = "iam.amazonaws.com",
            ["X-Amz-Date"] = "20150830T123600Z",
            ["Authorization"] = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, "
                + "SignedHeaders=content-type;host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7",
        },
        []);

    private const string ExampleSecret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    [Fact]
    public void The_verifier_reproduces_the_documented_example_signature()
    {
        Assert.True(SigV4Check.Matches(ListUsers, ExampleSecret));
    }

    [Fact]
    public void The_verifier_rejects_a_wrong_key_or_a_changed_request()
    {
        Assert.False(SigV4Check.Matches(ListUsers, ExampleSecret + "x"));
        Assert.False(SigV4Check.Matches(ListUsers with { RawTarget = "/?Action=ListUsers&Version=2010-05-09" }, ExampleSecret));
        Assert.False(SigV4Check.Matches(ListUsers with { Body = [1] }, ExampleSecret));
    }

    [Fact]
    public void The_canonical_request_is_the_documented_one()
    {
        var canonical = SigV4Check.CanonicalRequest(ListUsers, ["content-type", "host", "x-amz-date"]);

        Assert.Equal(
            "GET\n/\nAction=ListUsers&Version=2010-05-08\n"
            + "content-type:application/x-www-form-urlencoded; charset=utf-8\nhost:iam.amazonaws.com\nx-amz-date:20150830T123600Z\n\n"
            + "content-type;host;x-amz-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            canonical);
    }
}
