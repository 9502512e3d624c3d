using Inventory.Domain.Assets;

namespace Inventory.Domain.Accounts.Removal;

/// <summary>
/// Appended to a scope's stream when some of its assets were marked gone because their account was removed. Besides recording
/// it, it moves the scope stream's version, so a scan of the scope racing the marking fails and retries on fresh state.
/// </summary>
public sealed record AccountAssetsMarkedGone(string AccountId, string Region, string Service, int Assets, DateTimeOffset At, Cause Cause);
