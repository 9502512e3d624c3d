namespace Inventory.Domain.Relationships.Manual;

/// <summary>What a relationship command comes to: events to append, or why not, naming the field at fault.</summary>
internal abstract record RelationshipDecision
{
    internal sealed record Accepted(IReadOnlyList<object> Events) : RelationshipDecision;

    internal sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : RelationshipDecision;

    internal sealed record NotFound(string Field, string Detail, string Title = "Asset not found") : RelationshipDecision;

    internal sealed record Conflict(string Field, string Detail) : RelationshipDecision;
}
