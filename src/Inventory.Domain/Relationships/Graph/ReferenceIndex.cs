namespace Inventory.Domain.Relationships.Graph;

/// <summary>
/// One key (an ARN, an id in an account and region, a DNS or bucket name): the active assets that answer to it and the
/// assets that name it. A name without holders is a pending edge; it resolves when a holder appears.
/// </summary>
public sealed class ReferenceIndex
{
    public string Id { get; set; } = "";
    public List<string> Holders { get; set; } = [];
    public List<string> Claimants { get; set; } = [];

    internal bool IsEmpty => Holders.Count == 0 && Claimants.Count == 0;
}
