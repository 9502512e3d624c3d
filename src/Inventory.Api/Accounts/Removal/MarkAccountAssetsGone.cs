using Inventory.Domain.Assets;

namespace Inventory.Api.Accounts.Removal;

/// <summary>
/// Mark every active asset of a removed account gone, as the user chose when removing it. Durable, sent only once the
/// removal committed; one batch of one scope per handling, the next batch sent by the handler until none is left.
/// </summary>
public sealed record MarkAccountAssetsGone(string AccountId, DateTimeOffset RemovedAt, Cause Cause);
