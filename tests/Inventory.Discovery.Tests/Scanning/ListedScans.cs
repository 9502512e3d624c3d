using Inventory.Domain.Observations;
using Inventory.Domain.Reconciliation;

namespace Inventory.Discovery.Tests.Scanning;

/// <summary>A scope handed over as a listing, read to its end the way the recorder reads it: clean with every page, or failed.</summary>
internal static class ListedScans
{
    public static async Task<ScopeScan> ReadAsync(this ScopeScan scan)
    {
        if (scan.Listing is null)
            return scan;
        var observations = new List<Observation>();
        await foreach (var page in scan.Listing.PagesAsync(CancellationToken.None))
            observations.AddRange(page);
        return scan.Listing.Failure is { } failure
            ? ScopeScan.Failed(scan.Scope, scan.ScannedAt, scan.Cause, failure.ErrorCode, failure.Message)
            : ScopeScan.Clean(scan.Scope, scan.ScannedAt, scan.Cause, observations);
    }
}
