using Inventory.Discovery.Collectors.Lambda;
using Inventory.Discovery.SignedRequests;

namespace Inventory.Discovery.Tests.Collectors.Lambda;

/// <summary>The Lambda mapping on JSON alone, no I/O: what AWS may leave out must not break it.</summary>
public sealed class LambdaMappingTests
{
    private static readonly Dictionary<string, string> NoTags = [];

    [Fact]
    public void A_bare_function_maps_to_its_name_and_the_active_state()
    {
        var function = LambdaFunctions.Map(AwsJson.Parse("""{"FunctionName":"f","FunctionArn":"arn:aws:lambda:eu-west-1:111111111111:function:f"}"""), NoTags);

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["arn"] = "arn:aws:lambda:eu-west-1:111111111111:function:f",
                ["resource_id"] = "f",
                ["name"] = "f",
                ["state"] = "Active",
            },
            function.Described());
    }

    [Fact]
    public void Empty_vpc_config_and_empty_strings_leave_no_trace()
    {
        var function = LambdaFunctions.Map(AwsJson.Parse("""
            {"FunctionName":"f","Description":"","KMSKeyArn":null,"Layers":[],
             "VpcConfig":{"SubnetIds":[],"SecurityGroupIds":[],"VpcId":""}}
            """), NoTags);

        Assert.Empty(function.Related);
        Assert.Empty(function.AttributesText());
    }

    [Theory]
    [InlineData("2024-11-30T23:59:59.000+0000", "2024-11-30T23:59:59Z")]
    [InlineData("2024-12-01T01:30:00.5+0130", "2024-12-01T00:00:00.5Z")]
    [InlineData("not a time", "not a time")]
    public void Last_modified_becomes_utc_text(string sent, string expected)
    {
        var function = LambdaFunctions.Map(AwsJson.Parse($$"""{"FunctionName":"f","LastModified":"{{sent}}"}"""), NoTags);

        Assert.Equal(expected, function.AttributesText()["LastModified"]);
    }

    [Fact]
    public void Environment_variables_are_never_copied()
    {
        var function = LambdaFunctions.Map(AwsJson.Parse("""{"FunctionName":"f","Environment":{"Variables":{"SECRET":"s"}}}"""), NoTags);

        Assert.DoesNotContain(function.Described().Keys, key => key.Contains("Environment", StringComparison.Ordinal));
    }
}
