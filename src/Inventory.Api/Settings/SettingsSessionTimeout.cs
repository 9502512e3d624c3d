using Inventory.Api.Access.Sessions;
using Inventory.Domain.Settings;
using Marten;

namespace Inventory.Api.Settings;

/// <summary>The session timeout an administrator set (sessionTimeoutMinutes), read from the settings document on every request.</summary>
internal sealed class SettingsSessionTimeout(IDocumentStore store) : ISessionTimeout
{
    public async ValueTask<TimeSpan> CurrentAsync(CancellationToken cancellation)
    {
        await using var session = store.QuerySession();
        return TimeSpan.FromMinutes((await ProductSettingsReader.CurrentAsync(session, cancellation)).SessionTimeoutMinutes);
    }
}
