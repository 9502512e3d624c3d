using Inventory.Api.Tests.Access;
using Inventory.Api.Tests.Harness;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Inventory.Api.Tests.RouteWalk;

/// <summary>The host against the stub AWS, its log kept in memory rather than printed: the walk provokes thousands of refusals.</summary>
public sealed class RouteWalkApp : StubAwsApp
{
    public LogCapture Logs { get; } = new();

    protected override void Configure(IWebHostBuilder web)
    {
        base.Configure(web);
        web.ConfigureLogging(logging => logging.ClearProviders().AddProvider(Logs));
    }
}
