using Inventory.Domain.Costs;
using JasperFx;
using Marten;
using Marten.Exceptions;

namespace Inventory.Api.Costs;

/// <summary>Appends a fetch outcome to its management account's cost stream.</summary>
internal static class CostWrites
{
    private const int Attempts = 3;

    public static async Task AppendAsync(IDocumentStore store, string managementAccountId, object outcome, CancellationToken cancellation)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var session = store.LightweightSession();
                session.Events.Append(CostStreams.Key(managementAccountId), outcome);
                await session.SaveChangesAsync(cancellation);
                return;
            }
            // Another refresh appended to the stream at the same moment; the outcome is decided already, so it simply goes after.
            catch (Exception e) when (e is ConcurrencyException or ExistingStreamIdCollisionException && attempt < Attempts)
            {
            }
        }
    }
}
