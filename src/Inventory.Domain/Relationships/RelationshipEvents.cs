using Inventory.Domain.Assets;

namespace Inventory.Domain.Relationships;

/// <summary>A person related one asset to another; appended to the source asset's stream.</summary>
public sealed record RelationshipAdded(string SourceId, string TargetId, string Type, string? Description, DateTimeOffset At, Cause Cause);

/// <summary>A person removed a relationship they or someone else had added; appended to the source asset's stream.</summary>
public sealed record RelationshipRemoved(string SourceId, string TargetId, string Type, DateTimeOffset At, Cause Cause);
