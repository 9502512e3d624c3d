using JasperFx.CommandLine;

namespace Inventory.Api.CommandLine;

public sealed class RefreshCostsInput : NetCoreInput
{
    [Description("The management account to refresh; every active management account when left out")]
    public string? AccountFlag { get; set; }
}
