namespace Inventory.Domain.Accounts.Import;

/// <summary>An account as AWS Organizations lists it for a management account; Status is ACTIVE, SUSPENDED or PENDING_CLOSURE.</summary>
internal sealed record OrganizationAccount(string Id, string? Name, string? Email, string? Status)
{
    public const string Active = "ACTIVE";
}
