using Inventory.StubAws.Estate;

namespace Inventory.StubAws.Services.CostExplorer;

/// <summary>A month's unblended cost of one service in one linked account, as a payer's bill holds it.</summary>
public sealed record StubCost(DateOnly Month, string LinkedAccountId, string Service, decimal Amount);

/// <summary>
/// The bill Cost Explorer reports to a (management) account: every linked account's spend per service and month, in one
/// currency. Until <see cref="Enabled"/> is set false the account can query it; AWS answers AccessDeniedException when
/// Cost Explorer was never enabled.
/// </summary>
public sealed class CostExplorerEstate
{
    private readonly List<StubCost> costs = [];
    private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);
    private readonly object gate = new();

    public bool Enabled { get; set; } = true;

    public string Currency { get; set; } = "USD";

    public IReadOnlyList<StubCost> Costs
    {
        get
        {
            lock (gate)
                return costs.ToList();
        }
    }

    /// <summary>Adds to the month's cost of the service in the linked account.</summary>
    public CostExplorerEstate Add(DateOnly month, string linkedAccountId, string service, decimal amount)
    {
        lock (gate)
            costs.Add(new StubCost(new DateOnly(month.Year, month.Month, 1), linkedAccountId, service, amount));
        return this;
    }

    /// <summary>The linked account's name, answered in DimensionValueAttributes as its description.</summary>
    public CostExplorerEstate Name(string linkedAccountId, string name)
    {
        lock (gate)
            names[linkedAccountId] = name;
        return this;
    }

    internal string? NameOf(string linkedAccountId)
    {
        lock (gate)
            return names.GetValueOrDefault(linkedAccountId);
    }
}

public static class CostExplorerEstateExtensions
{
    /// <summary>The bill <paramref name="payer"/> sees in Cost Explorer.</summary>
    public static CostExplorerEstate CostExplorer(this StubAccount payer) => payer.Global<CostExplorerEstate>();
}
