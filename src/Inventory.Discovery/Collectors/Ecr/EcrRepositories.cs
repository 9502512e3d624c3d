using System.Text.Json;
using Inventory.Discovery.SignedRequests;
using Inventory.Domain.Observations;
using static Inventory.Discovery.Collecting.ObservationFields;
using static Inventory.Discovery.Collectors.Ec2.Ec2Fields;

namespace Inventory.Discovery.Collectors.Ecr;

/// <summary>A DescribeRepositories repository and its tags as an observation.</summary>
internal static class EcrRepositories
{
    public const string ResourceType = "ecr:repository";

    /// <summary>The ListTagsForResource answer: {"tags": [{"Key": ..., "Value": ...}]}.</summary>
    public static IReadOnlyDictionary<string, string> Tags(JsonElement answer)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in answer.ArrayAt("tags"))
        {
            if (Text(tag.StringAt("Key")) is { } key)
                result[key] = tag.StringAt("Value") ?? "";
        }
        return result;
    }

    public static Observation Map(JsonElement repository, IReadOnlyDictionary<string, string> tags)
    {
        var name = repository.StringAt("repositoryName");
        var encryption = Property(repository, "encryptionConfiguration");
        return new Observation
        {
            Arn = repository.StringAt("repositoryArn"),
            ResourceId = name,
            Name = NameOr(tags, name ?? ""),
            ResourceType = ResourceType,
            Tags = tags,
            Attributes = Attributes(new
            {
                RepositoryUri = repository.StringAt("repositoryUri"),
                RegistryId = repository.StringAt("registryId"),
                ImageTagMutability = repository.StringAt("imageTagMutability"),
                ScanOnPush = Property(repository, "imageScanningConfiguration") is { } scanning ? Flag(scanning, "scanOnPush") : null,
                Encryption = encryption is { } e ? new { Type = e.StringAt("encryptionType"), KmsKey = e.StringAt("kmsKey") } : null,
                CreatedAt = Utc(EpochSeconds(repository, "createdAt")),
            }),
        };
    }

    private static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : null;

    private static bool? Flag(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;

    // JSON 1.1 sends timestamps as epoch seconds with a fraction.
    private static DateTime? EpochSeconds(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? DateTime.UnixEpoch.AddTicks((long)Math.Round(value.GetDouble() * TimeSpan.TicksPerSecond))
            : null;
}
