namespace Inventory.Domain.Accounts.Import;

/// <summary>Why a listed account was not imported.</summary>
internal enum SkipReason
{
    /// <summary>It is the management account the import runs for.</summary>
    ManagementAccount,

    /// <summary>Already registered as a member of this management account: importing again changes nothing.</summary>
    AlreadyRegistered,

    /// <summary>Registered otherwise (a management account, its own credentials, another management account): left as it is.</summary>
    RegisteredOtherwise,

    /// <summary>Organizations lists it as SUSPENDED or PENDING_CLOSURE: nothing to discover.</summary>
    NotActive,

    /// <summary>What Organizations lists for it cannot be registered (e.g. a malformed id).</summary>
    Invalid,
}

/// <summary>One member to register: its events, and the version of its earlier, removed stream when it had one.</summary>
internal sealed record MemberRegistration(string AccountId, long? RemovedVersion, IReadOnlyList<object> Events);

internal sealed record SkippedMember(string AccountId, string? Name, string? Status, SkipReason Reason, string Detail);

/// <summary>What importing a management account's organisation comes to: members to register and the others, each with why.</summary>
internal sealed record MemberImportPlan(IReadOnlyList<MemberRegistration> Registrations, IReadOnlyList<SkippedMember> Skipped);
