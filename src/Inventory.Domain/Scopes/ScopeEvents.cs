using Inventory.Domain.Assets;

namespace Inventory.Domain.Scopes;

/// <summary>A scope's scan succeeded and listed completely; every active asset of the scope was present at ScannedAt.</summary>
public sealed record ScopeScanned(
    string AccountId,
    string Region,
    string Service,
    DateTimeOffset ScannedAt,
    Cause Cause,
    ScanCounts Counts);

/// <summary>A scope's scan failed; its assets keep their state.</summary>
public sealed record ScopeScanFailed(
    string AccountId,
    string Region,
    string Service,
    DateTimeOffset FailedAt,
    Cause Cause,
    string ErrorCode,
    string Message);

public sealed record ScanCounts(int Observed, int New, int Reappeared, int Changed, int Gone, int Unchanged, int Ambiguous)
{
    public static readonly ScanCounts None = new(0, 0, 0, 0, 0, 0, 0);
}
