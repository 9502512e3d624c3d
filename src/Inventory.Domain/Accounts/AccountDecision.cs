namespace Inventory.Domain.Accounts;

/// <summary>What a command on an account comes to: events to append, or why not.</summary>
internal abstract record AccountDecision
{
    internal sealed record Accepted(IReadOnlyList<object> Events) : AccountDecision;

    internal sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : AccountDecision;

    internal sealed record NotFound(string AccountId) : AccountDecision;

    internal sealed record Conflict(string Detail, string AccountId) : AccountDecision;
}
