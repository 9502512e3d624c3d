using System.Security.Cryptography;
using System.Text;
using JasperFx.Events;
using Marten.Events.Aggregation;
using Inventory.Domain.Access;

namespace Inventory.Api.Access.Sso;

/// <summary>
/// Which user a provider's subject is, and the role single sign-on last gave them: a role that differs from it was set by hand.
/// Keyed by issuer and subject, never by username, which the provider may let people change.
/// </summary>
public sealed class SsoLink
{
    public string Id { get; set; } = "";
    public string Issuer { get; set; } = "";
    public string Subject { get; set; } = "";
    public string UserId { get; set; } = "";
    public UserRole RoleSetBySso { get; set; }

    public static string Key(string issuer, string subject) =>
        "sso-link:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(issuer + "\n" + subject)));
}

public sealed partial class SsoLinkProjection : SingleStreamProjection<SsoLink, string>
{
    public SsoLinkProjection()
    {
        IncludeType<SsoAccountLinked>();
        IncludeType<SsoRoleAssigned>();
    }

    public override SsoLink? Evolve(SsoLink? snapshot, string id, IEvent e)
    {
        switch (e.Data)
        {
            case SsoAccountLinked linked:
                return new SsoLink { Id = id, Issuer = linked.Issuer, Subject = linked.Subject, UserId = linked.UserId, RoleSetBySso = linked.Role };
            case SsoRoleAssigned assigned when snapshot is not null:
                snapshot.RoleSetBySso = assigned.Role;
                break;
        }
        return snapshot;
    }
}
