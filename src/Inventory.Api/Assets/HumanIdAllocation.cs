using Inventory.Domain.Assets.HumanIds;
using Marten;

namespace Inventory.Api.Assets;

/// <summary>Hands out human-id numbers inside the caller's transaction: concurrent callers queue on the counter's stream until commit.</summary>
internal static class HumanIdAllocation
{
    public static async Task<long> AllocateAsync(IDocumentSession session, int count, CancellationToken cancellation)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var counter = await session.Events.FetchForExclusiveWriting<HumanIdCounter>(HumanId.StreamKey, cancellation);
        var first = (counter.Aggregate?.Last ?? 0) + 1;
        counter.AppendOne(new HumanIdsAllocated(first, count));
        return first;
    }
}
