using JasperFx.CommandLine;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Inventory.Api.CommandLine;

/// <summary>Starts the product's own host for a command: its Marten store, Wolverine and projection daemon, with the product's configuration.</summary>
internal static class CommandHost
{
    public static async Task<IHost> StartAsync(NetCoreInput input, CancellationToken cancellation)
    {
        var host = input.BuildHost();
        // A command serves no requests: the web server takes a free loopback port so it never clashes with a running instance.
        var addresses = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>();
        if (addresses is not null)
        {
            addresses.Addresses.Clear();
            addresses.Addresses.Add("http://127.0.0.1:0");
        }
        await host.StartAsync(cancellation);
        return host;
    }

    public static async Task StopAsync(IHost host)
    {
        await host.StopAsync();
        if (host is IAsyncDisposable disposable)
            await disposable.DisposeAsync();
        else
            host.Dispose();
    }

    /// <summary>Stops waiting on Ctrl+C, so a command ends cleanly instead of being killed mid-write.</summary>
    public static CancellationTokenSource CancelOnCtrlC()
    {
        var source = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            source.Cancel();
        };
        return source;
    }
}
