using Inventory.Discovery.Throttling;

namespace Inventory.Discovery.Tests.Throttling;

public class AwsErrorsTests
{
    [Theory]
    [InlineData("Throttling")]
    [InlineData("ThrottlingException")]
    [InlineData("RequestLimitExceeded")]
    [InlineData("TooManyRequestsException")]
    [InlineData("ProvisionedThroughputExceededException")]
    [InlineData("RequestThrottled")]
    [InlineData("RequestThrottledException")]
    [InlineData("SlowDown")]
    public void Throttling_codes_are_throttling_whatever_the_status(string code)
    {
        Assert.True(AwsErrors.IsThrottling(code, null));
        Assert.True(AwsErrors.IsThrottling(code, 400));
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public void Too_many_requests_and_service_unavailable_are_throttling(int status)
    {
        Assert.True(AwsErrors.IsThrottling(null, status));
        Assert.True(AwsErrors.IsThrottling("InternalError", status));
    }

    [Theory]
    [InlineData("throttling")]
    [InlineData("THROTTLINGEXCEPTION")]
    [InlineData("slowdown")]
    [InlineData("AccessDenied")]
    [InlineData("UnauthorizedOperation")]
    [InlineData("InvalidClientTokenId")]
    [InlineData("")]
    public void Other_codes_are_not_throttling(string code)
    {
        Assert.False(AwsErrors.IsThrottling(code, 400));
        Assert.False(AwsErrors.IsThrottling(code, null));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(200)]
    [InlineData(400)]
    [InlineData(403)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(504)]
    public void Other_statuses_without_a_code_are_not_throttling(int? status)
    {
        Assert.False(AwsErrors.IsThrottling(null, status));
    }
}
