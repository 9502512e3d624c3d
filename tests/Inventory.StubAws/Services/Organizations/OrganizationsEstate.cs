using Inventory.StubAws.Estate;

namespace Inventory.StubAws.Services.Organizations;

/// <summary>
/// The organisation a management account runs, kept as that account's global data. Until <see cref="Create"/> the account
/// runs none, and ListAccounts answers AWSOrganizationsNotInUseException.
/// </summary>
public sealed class OrganizationsEstate
{
    private readonly List<StubOrganizationAccount> accounts = [];
    private readonly object gate = new();

    public bool InUse { get; private set; }

    /// <summary>"o-" and the management account's id: stable, and in AWS's o-[a-z0-9]{10,32} form.</summary>
    public string OrganizationId { get; private set; } = "";

    /// <summary>The accounts ListAccounts lists, the management account first, in the order they joined.</summary>
    public IReadOnlyList<StubOrganizationAccount> Accounts
    {
        get
        {
            lock (gate)
                return accounts.ToList();
        }
    }

    /// <summary>Starts the organisation with the management account as its first account.</summary>
    public OrganizationsEstate Create(StubAccount management, string name = "Management")
    {
        lock (gate)
        {
            if (!InUse)
            {
                InUse = true;
                OrganizationId = "o-" + management.AccountId;
                accounts.Add(new StubOrganizationAccount(management.AccountId, name) { JoinedMethod = "INVITED" });
            }
        }
        return this;
    }

    public StubOrganizationAccount Add(string accountId, string name, string status = "ACTIVE")
    {
        var account = new StubOrganizationAccount(accountId, name) { Status = status };
        lock (gate)
            accounts.Add(account);
        return account;
    }

    public bool Contains(string accountId) => Accounts.Any(a => a.Id == accountId);
}

public static class OrganizationsEstateExtensions
{
    /// <summary>The organisation <paramref name="account"/> manages (possibly none yet).</summary>
    public static OrganizationsEstate Organization(this StubAccount account) => account.Global<OrganizationsEstate>();

    /// <summary>Makes <paramref name="management"/> run an organisation and returns it.</summary>
    public static OrganizationsEstate CreateOrganization(this StubAccount management, string name = "Management") =>
        management.Organization().Create(management, name);
}
