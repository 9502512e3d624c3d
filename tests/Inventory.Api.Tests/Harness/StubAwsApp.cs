using Inventory.StubAws.Core;
using Microsoft.AspNetCore.Hosting;

namespace Inventory.Api.Tests.Harness;

/// <summary>
/// The real host pointed at a stub AWS on loopback through Inventory:Aws:EndpointUrl.
/// Tests use distinct account ids, so they share the estate without seeing each other.
/// </summary>
public class StubAwsApp : InventoryApp
{
    public StubAwsServer Aws { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        Aws = await StubAwsServer.StartAsync();
        await base.InitializeAsync();
    }

    protected override void Configure(IWebHostBuilder web) => web.UseSetting("Inventory:Aws:EndpointUrl", Aws.Url);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Aws.DisposeAsync();
    }
}
