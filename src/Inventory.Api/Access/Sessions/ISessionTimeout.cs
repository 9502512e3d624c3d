namespace Inventory.Api.Access.Sessions;

/// <summary>How long a browser session lasts without a request. Read on every request, so a new value applies to running sessions.</summary>
public interface ISessionTimeout
{
    ValueTask<TimeSpan> CurrentAsync(CancellationToken cancellation);
}

/// <summary>The configured timeout (Inventory:Access:SessionTimeoutMinutes, 480 by default), until the admin settings provide theirs.</summary>
internal sealed class ConfiguredSessionTimeout(AccessOptions options) : ISessionTimeout
{
    public ValueTask<TimeSpan> CurrentAsync(CancellationToken cancellation) => ValueTask.FromResult(TimeSpan.FromMinutes(options.SessionTimeoutMinutes));
}
