using System.Text.Json;
using Inventory.Discovery.SignedRequests;
using Inventory.Domain.Observations;
using static Inventory.Discovery.Collecting.ObservationFields;
using static Inventory.Discovery.Collectors.RestJsonFields;

namespace Inventory.Discovery.Collectors.Lambda;

/// <summary>Lambda functions: ListFunctions, every page, then each function's tags from ListTags.</summary>
internal static class LambdaFunctions
{
    public const string ResourceType = "lambda:function";

    public static async Task<IReadOnlyList<Observation>> CollectAsync(SignedAwsClient lambda, CancellationToken ct)
    {
        var observations = new List<Observation>();
        // 50 is the most ListFunctions answers per page, whatever larger number is asked for.
        var query = new QueryParameters().Add("MaxItems", "50");
        await foreach (var page in lambda.RestJsonPagesAsync("/2015-03-31/functions/", query, PageToken.MarkerNextMarker, ct).ConfigureAwait(false))
        {
            foreach (var function in page.ArrayAt("Functions"))
            {
                if (await TagsAsync(lambda, function.StringAt("FunctionArn"), ct).ConfigureAwait(false) is { } tags)
                    observations.Add(Map(function, tags));
            }
        }
        return observations;
    }

    /// <summary>The function's tags; null when it was deleted after it was listed, so it is left out like any gone resource.</summary>
    private static async Task<IReadOnlyDictionary<string, string>?> TagsAsync(SignedAwsClient lambda, string? arn, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(arn))
            return new Dictionary<string, string>();
        try
        {
            var answer = await lambda.RestJsonAsync("/2017-03-31/tags/" + Uri.EscapeDataString(arn), null, ct).ConfigureAwait(false);
            return TagMap(answer.ObjectAt("Tags"));
        }
        catch (AwsServiceException e) when (e.ErrorCode == "ResourceNotFoundException")
        {
            return null;
        }
    }

    /// <param name="function">One FunctionConfiguration of a ListFunctions answer.</param>
    public static Observation Map(JsonElement function, IReadOnlyDictionary<string, string> tags)
    {
        var name = function.StringAt("FunctionName") ?? "";
        var vpc = function.ObjectAt("VpcConfig");
        return new Observation
        {
            Arn = function.StringAt("FunctionArn"),
            ResourceId = name,
            Name = NameOr(tags, name),
            ResourceType = ResourceType,
            // ListFunctions leaves State out for most functions; a function it lists without one is serving.
            State = Text(function.StringAt("State")) ?? "Active",
            Tags = tags,
            // Environment is left out: its variables often hold secrets.
            Attributes = function
                .Pick("Description", "Runtime", "Handler", "MemorySize", "Timeout", "CodeSize", "CodeSha256", "PackageType",
                    "Architectures", "Role", "KMSKeyArn", "EphemeralStorage", "TracingConfig")
                .With("LastModified", function.UtcAt("LastModified"))
                .With("Layers", function.ArrayAt("Layers").Select(layer => layer.StringAt("Arn")))
                .ToElement(),
            Related =
            [
                .. Related("vpc", vpc.StringAt("VpcId")),
                .. Related("subnet", vpc.StringsAt("SubnetIds")),
                .. Related("security-group", vpc.StringsAt("SecurityGroupIds")),
            ],
        };
    }
}
