using Inventory.Domain.Accounts.Import;

namespace Inventory.Api.Accounts.Import;

/// <summary>The assumed role every imported member is reached through; omitted, OrganizationAccountAccessRole without external id.</summary>
public sealed record ImportedCredentials(string? RoleName, string? ExternalId);

/// <summary>POST /api/accounts/{managementAccountId}/import-members body, every field optional and applied to all imported members.</summary>
public sealed record ImportMembers(string? Environment, string[]? Regions, ImportedCredentials? Credentials)
{
    internal MemberImportOptions Options => new(Environment, Regions, Credentials?.RoleName, Credentials?.ExternalId);
}

/// <summary>A listed account that was not imported, and why (reason in camelCase, e.g. alreadyRegistered).</summary>
public sealed record SkippedMemberResponse(string AccountId, string? Name, string? Status, string Reason, string Detail)
{
    internal static SkippedMemberResponse From(SkippedMember skipped) => new(skipped.AccountId, skipped.Name, skipped.Status,
        char.ToLowerInvariant(skipped.Reason.ToString()[0]) + skipped.Reason.ToString()[1..], skipped.Detail);
}

public sealed record MembersImported(string ManagementAccountId, IReadOnlyList<AccountResponse> Imported, IReadOnlyList<SkippedMemberResponse> Skipped);
