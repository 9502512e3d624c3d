using Inventory.Domain.Assets;

namespace Inventory.Domain.Settings;

/// <summary>Single sign-on is configured differently from now on; the section as a whole, secret as ciphertext.</summary>
public sealed record SsoSettingsChanged(SsoSettings Sso, DateTimeOffset At, Cause Cause);

/// <summary>E-mail goes out differently from now on; the section as a whole, password as ciphertext.</summary>
public sealed record EmailSettingsChanged(EmailSettings Email, DateTimeOffset At, Cause Cause);

public sealed record DiscoveryIntervalChanged(DiscoveryInterval Interval, DateTimeOffset At, Cause Cause);

public sealed record SessionTimeoutChanged(int Minutes, DateTimeOffset At, Cause Cause);
