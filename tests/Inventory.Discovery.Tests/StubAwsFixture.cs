using Inventory.StubAws.Core;

namespace Inventory.Discovery.Tests;

/// <summary>One stub AWS per test class: started before its first test, stopped after its last.</summary>
public sealed class StubAwsFixture : IAsyncLifetime
{
    private StubAwsServer? server;

    public StubAwsServer Server => server ?? throw new InvalidOperationException("The stub AWS has not started.");

    public async Task InitializeAsync() => server = await StubAwsServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (server is not null)
            await server.DisposeAsync();
    }
}
