using System.Text.Json.Nodes;
using Inventory.Discovery.Access;
using Inventory.Discovery.SignedRequests;
using Inventory.Domain.Accounts.Import;

namespace Inventory.Api.Accounts.Import;

/// <summary>Every account of the organisation a management account runs, from Organizations ListAccounts (JSON 1.1, every page).</summary>
internal static class OrganizationMembers
{
    private const string Target = "AWSOrganizationsV20161128";

    /// <summary>The most ListAccounts returns per page.</summary>
    private const int MaxResults = 20;

    public static async Task<IReadOnlyList<OrganizationAccount>> ListAsync(ScopeAccess access, CancellationToken cancellation)
    {
        using var client = new SignedAwsClient(access, SigningNames.Organizations);
        var accounts = new List<OrganizationAccount>();
        var request = new JsonObject { ["MaxResults"] = MaxResults };
        await foreach (var page in client.Json11PagesAsync(Target, "ListAccounts", request, PageToken.NextToken, cancellation))
        {
            foreach (var account in page.ArrayAt("Accounts"))
            {
                if (account.StringAt("Id") is { Length: > 0 } id)
                    accounts.Add(new OrganizationAccount(id, account.StringAt("Name"), account.StringAt("Email"), account.StringAt("Status")));
            }
        }
        return accounts;
    }
}
