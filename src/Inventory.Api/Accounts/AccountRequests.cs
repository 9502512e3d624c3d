using Inventory.Domain.Accounts;

namespace Inventory.Api.Accounts;

/// <summary>POST /api/accounts body; kind, environment and credentials.type are names, matched case-insensitively.</summary>
public sealed record RegisterAccount(
    string? AccountId,
    string? DisplayName,
    string? Kind,
    string? Environment,
    string[]? Regions,
    CredentialsInput? Credentials)
{
    internal AccountInput Input => new(DisplayName, Kind, Environment, Regions, Credentials);
}

/// <summary>PUT /api/accounts/{accountId} body; an omitted field or secret keeps its stored value.</summary>
public sealed record EditAccount(
    string? DisplayName,
    string? Kind,
    string? Environment,
    string[]? Regions,
    CredentialsInput? Credentials)
{
    internal AccountInput Input => new(DisplayName, Kind, Environment, Regions, Credentials);
}
