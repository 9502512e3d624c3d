using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Inventory.Domain.Accounts;

/// <summary>The current state of one account; inline, so decisions read it exactly. Credentials hold ciphertext only.</summary>
public sealed class AccountView
{
    public string Id { get; set; } = "";
    public string AccountId { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public AccountKind Kind { get; set; }
    public AccountEnvironment Environment { get; set; }
    public List<string> Regions { get; set; } = [];
    public StoredCredentials Credentials { get; set; } = StoredCredentials.DefaultChain();
    public bool Active { get; set; }

    /// <summary>Removed accounts keep their document so history stays readable and the id can be registered again.</summary>
    public bool Removed { get; set; }
    public bool? MarkAssetsGone { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Version { get; set; }
}

public sealed partial class AccountViewProjection : SingleStreamProjection<AccountView, string>
{
    public AccountViewProjection()
    {
        IncludeType<AccountRegistered>();
        IncludeType<AccountEdited>();
        IncludeType<AccountCredentialsChanged>();
        IncludeType<AccountDeactivated>();
        IncludeType<AccountReactivated>();
        IncludeType<AccountRemoved>();
    }

    public override AccountView? Evolve(AccountView? snapshot, string id, IEvent e)
    {
        switch (e.Data)
        {
            case AccountRegistered r:
                // A registration after a removal starts the account afresh on the same stream.
                snapshot = new AccountView
                {
                    Id = id, AccountId = r.AccountId, DisplayName = r.DisplayName, Kind = r.Kind, Environment = r.Environment,
                    Regions = [.. r.Regions], Credentials = r.Credentials, Active = true, CreatedAt = r.At, UpdatedAt = r.At,
                };
                break;
            case AccountEdited edited when snapshot is not null:
                snapshot.DisplayName = edited.DisplayName ?? snapshot.DisplayName;
                snapshot.Kind = edited.Kind ?? snapshot.Kind;
                snapshot.Environment = edited.Environment ?? snapshot.Environment;
                snapshot.Regions = edited.Regions is null ? snapshot.Regions : [.. edited.Regions];
                snapshot.UpdatedAt = edited.At;
                break;
            case AccountCredentialsChanged changed when snapshot is not null:
                snapshot.Credentials = changed.Credentials;
                snapshot.UpdatedAt = changed.At;
                break;
            case AccountDeactivated deactivated when snapshot is not null:
                snapshot.Active = false;
                snapshot.UpdatedAt = deactivated.At;
                break;
            case AccountReactivated reactivated when snapshot is not null:
                snapshot.Active = true;
                snapshot.UpdatedAt = reactivated.At;
                break;
            case AccountRemoved removed when snapshot is not null:
                snapshot.Active = false;
                snapshot.Removed = true;
                snapshot.MarkAssetsGone = removed.MarkAssetsGone;
                snapshot.UpdatedAt = removed.At;
                break;
        }
        if (snapshot is not null)
            snapshot.Version = e.Version;
        return snapshot;
    }
}

/// <summary>The accounts' part of the store: the view is inline because every decision reads it.</summary>
public static class AccountStore
{
    public static void Configure(Marten.StoreOptions options)
    {
        options.Projections.Add<AccountViewProjection>(JasperFx.Events.Projections.ProjectionLifecycle.Inline);
        options.Schema.For<AccountView>().Duplicate(x => x.AccountId);
    }
}
