using Inventory.Api.Tests.DiscoveryJobs;
using Inventory.Api.Tests.Harness;
using Microsoft.AspNetCore.Hosting;

namespace Inventory.Api.Tests.CommandLine;

/// <summary>
/// A schema of its own and a stub AWS, with an in-process host to register accounts through the API; the commands under test run
/// as child processes against the same schema. The host runs no projection daemon, so the read models are the commands' doing.
/// </summary>
public sealed class CommandLineApp : DiscoveryJobApp
{
    protected override void Configure(IWebHostBuilder web)
    {
        base.Configure(web);
        web.UseSetting("Inventory:RunProjections", "false");
    }

    public async Task<CommandResult> RunAsync(params string[] args) =>
        await ApiCommand.RunAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings__Inventory"] = await TestDatabase.ConnectionStringAsync(),
            ["Inventory__Schema"] = Schema,
            ["Inventory__Aws__EndpointUrl"] = Aws.Url,
        }, args);
}
