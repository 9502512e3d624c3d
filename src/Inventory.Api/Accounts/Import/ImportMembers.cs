using Inventory.Domain.Accounts.Import;

namespace Inventory.Api.Accounts.Import;

/// <summary>The assumed role every imported member is reached through; omitted, OrganizationAccountAccessRole without external id.</summary>
internal sealed record ImportedCredentials(string? RoleName, string? ExternalId);

/// <summary>POST /api/accounts/{managementAccountId}/import-members body, every field optional and applied to all imported members.</summary>
internal sealed record ImportMembers(string? Environment, string[]? Regions, ImportedCredentials? Credentials)
{
    internal MemberImportOptions Options => new(Environment, Regions, Credentials?.RoleName, Credentials?.ExternalId);
}
