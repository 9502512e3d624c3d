using JasperFx.CommandLine;

namespace Inventory.Api.CommandLine;

public sealed class DiscoverInput : NetCoreInput
{
    [Description("The AWS account id to discover; every active account when left out")]
    public string? AccountFlag { get; set; }

    [Description("Scan and decide as usual but append no asset event; the job's preview lists what would have happened")]
    public bool DryRunFlag { get; set; }

    [Description("Exit once the job is recorded, without waiting for the register (every read model) to show it")]
    public bool NoWaitFlag { get; set; }
}
