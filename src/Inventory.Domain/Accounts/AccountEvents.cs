using Inventory.Domain.Assets;

namespace Inventory.Domain.Accounts;

/// <summary>An AWS account joined the register.</summary>
public sealed record AccountRegistered(
    string AccountId,
    string DisplayName,
    AccountKind Kind,
    AccountEnvironment Environment,
    IReadOnlyList<string> Regions,
    StoredCredentials Credentials,
    DateTimeOffset At,
    Cause Cause);

/// <summary>Some descriptive fields changed; null means unchanged.</summary>
public sealed record AccountEdited(
    string AccountId,
    string? DisplayName,
    AccountKind? Kind,
    AccountEnvironment? Environment,
    IReadOnlyList<string>? Regions,
    DateTimeOffset At,
    Cause Cause);

/// <summary>The account is reached differently from now on.</summary>
public sealed record AccountCredentialsChanged(string AccountId, StoredCredentials Credentials, DateTimeOffset At, Cause Cause);

/// <summary>Discovery skips the account until it is reactivated; its assets stay as they are.</summary>
public sealed record AccountDeactivated(string AccountId, DateTimeOffset At, Cause Cause);

public sealed record AccountReactivated(string AccountId, DateTimeOffset At, Cause Cause);

/// <summary>The account left the register; with MarkAssetsGone its active assets are then marked gone, else they stay as they are.</summary>
public sealed record AccountRemoved(string AccountId, bool MarkAssetsGone, DateTimeOffset At, Cause Cause);
