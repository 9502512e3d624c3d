namespace Inventory.Domain.Accounts;

/// <summary>Credentials as a user sends them; strings so a bad value is reported against its field, not as a parse failure.</summary>
public sealed record CredentialsInput(
    string? Type,
    string? AccessKeyId = null,
    string? SecretAccessKey = null,
    string? ManagementAccountId = null,
    string? RoleName = null,
    string? ExternalId = null);

/// <summary>The editable fields of an account as a user sends them.</summary>
public sealed record AccountInput(
    string? DisplayName,
    string? Kind,
    string? Environment,
    IReadOnlyList<string>? Regions,
    CredentialsInput? Credentials);
