using Inventory.Domain.Accounts;
using Inventory.Domain.Costs;

namespace Inventory.Api.Accounts;

/// <summary>Credentials as the API shows them: which secrets are stored, never the secrets.</summary>
public sealed record CredentialsResponse(
    string Type,
    string? AccessKeyId,
    bool HasSecretAccessKey,
    string? ManagementAccountId,
    string? RoleName,
    bool HasExternalId);

public sealed record AccountResponse(
    string AccountId,
    string DisplayName,
    string Kind,
    string Environment,
    IReadOnlyList<string> Regions,
    CredentialsResponse Credentials,
    bool Active,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version,
    AccountCostFigures? Costs = null)
{
    internal static AccountResponse From(AccountView view) => From(view, null);

    /// <param name="costs">The account's own spend from its management account's last cost fetch, where the answer shows it.</param>
    internal static AccountResponse From(AccountView view, AccountCostFigures? costs)
    {
        var c = view.Credentials;
        return new AccountResponse(view.AccountId, view.DisplayName, Name(view.Kind), Name(view.Environment), view.Regions,
            new CredentialsResponse(Name(c.Method), c.AccessKeyId, c.ProtectedSecretAccessKey is not null, c.ManagementAccountId, c.RoleName,
                c.ProtectedExternalId is not null),
            view.Active, view.CreatedAt, view.UpdatedAt, view.Version, costs);
    }

    // The same camelCase names the requests accept.
    private static string Name<T>(T value) where T : struct, Enum => char.ToLowerInvariant(value.ToString()[0]) + value.ToString()[1..];
}

public sealed record AccountPage(IReadOnlyList<AccountResponse> Items, int Page, int PageSize, long Total);
