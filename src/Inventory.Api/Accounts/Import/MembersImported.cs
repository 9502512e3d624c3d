using Inventory.Domain.Accounts;
using Inventory.Domain.Accounts.Import;

namespace Inventory.Api.Accounts.Import;

/// <summary>A listed account that was not imported, and why (reason in camelCase, e.g. alreadyRegistered).</summary>
internal sealed record SkippedMemberResponse(string AccountId, string? Name, string? Status, string Reason, string Detail)
{
    internal static SkippedMemberResponse From(SkippedMember skipped) =>
        new(skipped.AccountId, skipped.Name, skipped.Status, AccountRules.Camel(skipped.Reason.ToString()), skipped.Detail);
}

/// <summary>What an import did: the members it registered, and every other listed account with why it was skipped.</summary>
internal sealed record MembersImported(string ManagementAccountId, IReadOnlyList<AccountResponse> Imported, IReadOnlyList<SkippedMemberResponse> Skipped);
