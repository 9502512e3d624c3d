namespace Inventory.StubAws.Core;

/// <summary>
/// One request as the stub saw and answered it. Service, action, region and account are null when the request
/// could not be authenticated far enough to know them.
/// </summary>
public sealed record RecordedRequest(
    string? Service,
    string? Action,
    string? Region,
    string? AccountId,
    string? AccessKeyId,
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Headers,
    IReadOnlyDictionary<string, string> Parameters,
    int Status,
    string? ErrorCode)
{
    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
