using System.Text.Json.Nodes;

namespace Inventory.StubAws.Services.Organizations;

/// <summary>An account of an organisation, answered in ListAccounts' Account shape.</summary>
public sealed class StubOrganizationAccount(string id, string name)
{
    public string Id { get; } = id;
    public string Name { get; set; } = name;
    public string Email { get; set; } = $"aws+{id}@example.com";

    /// <summary>ACTIVE, SUSPENDED or PENDING_CLOSURE.</summary>
    public string Status { get; set; } = "ACTIVE";

    /// <summary>INVITED or CREATED.</summary>
    public string JoinedMethod { get; set; } = "CREATED";

    public DateTime JoinedTimestamp { get; set; } = new(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc);

    internal JsonObject ToJson(string managementAccountId, string organizationId) => new()
    {
        ["Id"] = Id,
        ["Arn"] = $"arn:aws:organizations::{managementAccountId}:account/{organizationId}/{Id}",
        ["Email"] = Email,
        ["Name"] = Name,
        ["Status"] = Status,
        ["JoinedMethod"] = JoinedMethod,
        // JSON 1.1 timestamps are epoch seconds with a fraction.
        ["JoinedTimestamp"] = (JoinedTimestamp - DateTime.UnixEpoch).TotalSeconds,
    };
}
