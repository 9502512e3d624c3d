using System.Text.Json.Nodes;

namespace Inventory.StubAws.Services.Cognito;

/// <summary>A user pool by its id ("eu-west-1_AbC123") and name, answered in ListUserPools' and DescribeUserPool's JSON shapes.</summary>
public sealed class StubUserPool(string id, string name)
{
    public string Id { get; } = id;
    public string Name { get; } = name;

    /// <summary>Deprecated: AWS no longer sends it, so it is null unless a test sets it.</summary>
    public string? Status { get; set; }

    public string MfaConfiguration { get; set; } = "OFF";
    public string? Domain { get; set; }
    public string? CustomDomain { get; set; }
    public string DeletionProtection { get; set; } = "INACTIVE";
    public string UserPoolTier { get; set; } = "ESSENTIALS";
    public int MinimumPasswordLength { get; set; } = 8;
    public List<string> UsernameAttributes { get; } = [];
    public List<string> AutoVerifiedAttributes { get; } = [];
    public int EstimatedNumberOfUsers { get; set; }
    public DateTime CreationDate { get; set; } = new(2024, 11, 12, 13, 14, 15, DateTimeKind.Utc);
    public DateTime LastModifiedDate { get; set; } = new(2025, 3, 4, 5, 6, 7, DateTimeKind.Utc);
    public Dictionary<string, string> Tags { get; } = [];

    public string Arn(string accountId, string region) => $"arn:aws:cognito-idp:{region}:{accountId}:userpool/{Id}";

    /// <summary>The UserPoolDescriptionType of ListUserPools.</summary>
    internal JsonObject ToSummaryJson()
    {
        var summary = new JsonObject
        {
            ["Id"] = Id,
            ["Name"] = Name,
            ["LambdaConfig"] = new JsonObject(),
            ["LastModifiedDate"] = EpochSeconds(LastModifiedDate),
            ["CreationDate"] = EpochSeconds(CreationDate),
        };
        if (Status is not null)
            summary["Status"] = Status;
        return summary;
    }

    /// <summary>The UserPoolType of DescribeUserPool, with the fields a pool made in the console has.</summary>
    internal JsonObject ToJson(string accountId, string region)
    {
        var pool = new JsonObject
        {
            ["Id"] = Id,
            ["Name"] = Name,
            ["Arn"] = Arn(accountId, region),
            ["Policies"] = new JsonObject
            {
                ["PasswordPolicy"] = new JsonObject
                {
                    ["MinimumLength"] = MinimumPasswordLength,
                    ["RequireUppercase"] = true,
                    ["RequireLowercase"] = true,
                    ["RequireNumbers"] = true,
                    ["RequireSymbols"] = false,
                    ["TemporaryPasswordValidityDays"] = 7,
                },
            },
            ["DeletionProtection"] = DeletionProtection,
            ["LambdaConfig"] = new JsonObject(),
            ["LastModifiedDate"] = EpochSeconds(LastModifiedDate),
            ["CreationDate"] = EpochSeconds(CreationDate),
            ["SchemaAttributes"] = new JsonArray(new JsonObject { ["Name"] = "sub", ["AttributeDataType"] = "String", ["Mutable"] = false, ["Required"] = true }),
            ["AutoVerifiedAttributes"] = new JsonArray([.. AutoVerifiedAttributes.Select(a => (JsonNode)a)]),
            ["UsernameAttributes"] = new JsonArray([.. UsernameAttributes.Select(a => (JsonNode)a)]),
            ["MfaConfiguration"] = MfaConfiguration,
            ["EstimatedNumberOfUsers"] = EstimatedNumberOfUsers,
            ["UserPoolTags"] = new JsonObject([.. Tags.Select(t => KeyValuePair.Create(t.Key, (JsonNode?)t.Value))]),
            ["AdminCreateUserConfig"] = new JsonObject { ["AllowAdminCreateUserOnly"] = false },
            ["UserPoolTier"] = UserPoolTier,
        };
        if (Status is not null)
            pool["Status"] = Status;
        if (Domain is not null)
            pool["Domain"] = Domain;
        if (CustomDomain is not null)
            pool["CustomDomain"] = CustomDomain;
        return pool;
    }

    // JSON 1.1 timestamps are epoch seconds with a fraction.
    private static double EpochSeconds(DateTime time) => (time - DateTime.UnixEpoch).TotalSeconds;
}
