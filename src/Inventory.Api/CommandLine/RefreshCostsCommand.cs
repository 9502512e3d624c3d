using Inventory.Api.Costs;
using Inventory.Domain.Assets;
using Inventory.Domain.Costs;
using JasperFx.CommandLine;
using Marten;
using Wolverine;

namespace Inventory.Api.CommandLine;

[Description("Ask Cost Explorer again, as POST /api/costs/refresh does, and wait for each management account's figures or error", Name = "refresh-costs")]
public sealed class RefreshCostsCommand : JasperFxAsyncCommand<RefreshCostsInput>
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    // The refresh bounds itself by its time limit; this margin covers its message's pickup and the projection catching up.
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(1);

    public override async Task<bool> Execute(RefreshCostsInput input)
    {
        using var stop = CommandHost.CancelOnCtrlC();
        var host = await CommandHost.StartAsync(input, stop.Token);
        try
        {
            return await RefreshAsync(host.Services, input.AccountFlag?.Trim(), stop.Token);
        }
        finally
        {
            await CommandHost.StopAsync(host);
        }
    }

    private static async Task<bool> RefreshAsync(IServiceProvider services, string? accountId, CancellationToken cancellation)
    {
        var store = services.GetRequiredService<IDocumentStore>();
        RefreshTarget target;
        await using (var query = store.QuerySession())
            target = await CostTargets.ChooseAsync(query, accountId, cancellation);
        switch (target)
        {
            case RefreshTarget.NotFound notFound:
                Console.Error.WriteLine($"Cannot refresh costs: account '{notFound.AccountId}' is not registered.");
                return false;
            case RefreshTarget.Invalid invalid:
                Console.Error.WriteLine("Cannot refresh costs: " + invalid.Message);
                return false;
            case RefreshTarget.Accounts { ManagementAccountIds.Count: 0 }:
                Console.Error.WriteLine("Cannot refresh costs: there is no active management account.");
                return false;
        }
        var accounts = ((RefreshTarget.Accounts)target).ManagementAccountIds;

        var refresh = new RefreshCosts(accountId, Cause.User("command-line:" + Environment.UserName));
        await using (var scope = services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IMessageBus>().PublishAsync(refresh);
        Console.WriteLine($"Cost refresh {refresh.RefreshId} asked for {string.Join(", ", accounts)}");

        var deadline = TimeProvider.System.GetUtcNow() + CostSettings.From(services.GetRequiredService<IConfiguration>()).TimeLimit + Margin;
        var pending = new HashSet<string>(accounts, StringComparer.Ordinal);
        var failed = false;
        while (pending.Count > 0)
        {
            await using (var session = store.QuerySession())
            {
                foreach (var view in await session.LoadManyAsync<CostView>(cancellation, pending.Select(CostStreams.Key).ToArray()))
                {
                    if (view.LastRefreshId != refresh.RefreshId)
                        continue;
                    pending.Remove(view.ManagementAccountId);
                    failed |= CostReport.Print(view);
                }
            }
            if (pending.Count == 0)
                break;
            if (TimeProvider.System.GetUtcNow() > deadline)
            {
                Console.Error.WriteLine($"No outcome yet for {string.Join(", ", pending)}; the refresh carries on when an instance of the product runs.");
                return false;
            }
            await Task.Delay(PollInterval, cancellation);
        }
        return !failed;
    }
}
