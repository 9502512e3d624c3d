using Inventory.Api.Access.Users;
using Inventory.Domain.Access;
using Inventory.Domain.Assets;

namespace Inventory.Api.Access.Superadmin;

/// <summary>
/// On the first start (no user at all) creates the superadmin with the configured password, or a random one printed to the
/// log this once: it is kept only as a hash, so it can never be shown again.
/// </summary>
internal sealed class SuperadminBootstrap(UserDirectory users, AccessOptions options, ILogger<SuperadminBootstrap> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await users.AnyAsync(cancellationToken))
            return;
        var configured = !string.IsNullOrEmpty(options.Superadmin.Password);
        var password = configured ? options.Superadmin.Password! : SuperadminPassword.Generate();
        var (decision, user) = await users.EnsureSuperadminAsync(options.Superadmin.Username, password, new Cause(CauseKind.System, "first-start"),
            cancellationToken);
        switch (decision)
        {
            case AccessDecision.Accepted when configured:
                logger.LogInformation("Created the superadmin '{Username}' with the configured password", user!.Username);
                break;
            case AccessDecision.Accepted:
                logger.LogWarning("Created the superadmin '{Username}' with the password {Password} . Sign in and change it; it is not shown again",
                    user!.Username, password);
                break;
            case AccessDecision.Conflict:
                logger.LogInformation("Another instance created the first users meanwhile");
                break;
            case AccessDecision.Invalid invalid:
                throw new InvalidOperationException("Cannot create the superadmin from Inventory:Access:Superadmin: " +
                                                    string.Join(" ", invalid.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
