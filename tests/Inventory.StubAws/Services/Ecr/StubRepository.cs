using System.Text.Json.Nodes;

namespace Inventory.StubAws.Services.Ecr;

/// <summary>A private repository, answered in DescribeRepositories' JSON shape.</summary>
public sealed class StubRepository(string name)
{
    public string Name { get; } = name;
    public string ImageTagMutability { get; set; } = "MUTABLE";
    public bool ScanOnPush { get; set; }
    public string EncryptionType { get; set; } = "AES256";
    public string? KmsKey { get; set; }
    public DateTime CreatedAt { get; set; } = new(2025, 1, 2, 3, 4, 5, 500, DateTimeKind.Utc);
    public Dictionary<string, string> Tags { get; } = [];

    public string Arn(string accountId, string region) => $"arn:aws:ecr:{region}:{accountId}:repository/{Name}";

    internal JsonObject ToJson(string accountId, string region) => new()
    {
        ["repositoryArn"] = Arn(accountId, region),
        ["registryId"] = accountId,
        ["repositoryName"] = Name,
        ["repositoryUri"] = $"{accountId}.dkr.ecr.{region}.amazonaws.com/{Name}",
        // JSON 1.1 timestamps are epoch seconds with a fraction.
        ["createdAt"] = (CreatedAt - DateTime.UnixEpoch).TotalSeconds,
        ["imageTagMutability"] = ImageTagMutability,
        ["imageScanningConfiguration"] = new JsonObject { ["scanOnPush"] = ScanOnPush },
        ["encryptionConfiguration"] = KmsKey is null
            ? new JsonObject { ["encryptionType"] = EncryptionType }
            : new JsonObject { ["encryptionType"] = EncryptionType, ["kmsKey"] = KmsKey },
    };
}
