using Inventory.Domain.Assets;

namespace Inventory.Domain.Access.ApiClients;

/// <summary>A program may now ask for tokens with this client id and the secret whose hash is kept (the secret itself never is).</summary>
public sealed record ApiClientRegistered(string ApiClientId, string ClientId, string Name, UserRole Role, string SecretHash, DateTimeOffset At, Cause Cause);

public sealed record ApiClientChanged(string ApiClientId, string Name, UserRole Role, DateTimeOffset At, Cause Cause);

/// <summary>Its tokens stop working; reactivating it makes them work again until they expire.</summary>
public sealed record ApiClientDeactivated(string ApiClientId, DateTimeOffset At, Cause Cause);

public sealed record ApiClientReactivated(string ApiClientId, DateTimeOffset At, Cause Cause);

/// <summary>The client and its tokens are gone for good; its name is free again.</summary>
public sealed record ApiClientRemoved(string ApiClientId, DateTimeOffset At, Cause Cause);
