namespace Inventory.Domain.Accounts.Import;

/// <summary>
/// What every imported member gets, as a user sends it: environment (default: the management account's), regions
/// (default: none, so discovery falls back to its defaults), role name (default OrganizationAccountAccessRole) and external id.
/// </summary>
internal sealed record MemberImportOptions(string? Environment, IReadOnlyList<string>? Regions, string? RoleName, string? ExternalId);
