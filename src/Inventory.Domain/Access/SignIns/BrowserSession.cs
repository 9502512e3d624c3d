namespace Inventory.Domain.Access.SignIns;

/// <summary>
/// One signed-in browser, kept in PostgreSQL and checked on each of its requests, so every instance agrees when it ends:
/// signing out, a password change, deactivation, or the user or an admin ending it signs that browser out at once.
/// </summary>
public sealed class BrowserSession
{
    public Guid Id { get; set; }
    public string UserId { get; set; } = "";
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
    /// <summary>The browser's User-Agent as it sent it (cut to 200 characters), so a person can tell their sessions apart.</summary>
    public string? Client { get; set; }
    public string? Address { get; set; }
}
