using JasperFx.CommandLine;

namespace Inventory.Api.CommandLine;

public sealed class RebuildProjectionsInput : NetCoreInput
{
    [Description("The one async projection to rebuild, by name; every one when left out")]
    public string? ProjectionFlag { get; set; }
}
