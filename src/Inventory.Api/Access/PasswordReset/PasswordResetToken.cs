using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Inventory.Api.Access.PasswordReset;

/// <summary>One reset link's state, inline on its stream, so redeeming it decides from exact state.</summary>
public sealed class PasswordResetToken
{
    public string Id { get; set; } = "";
    public string UserId { get; set; } = "";
    public int PasswordVersion { get; set; }
    public DateTimeOffset IssuedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RedeemedAt { get; set; }
}

public sealed partial class PasswordResetTokenProjection : SingleStreamProjection<PasswordResetToken, string>
{
    public PasswordResetTokenProjection()
    {
        IncludeType<PasswordResetIssued>();
        IncludeType<PasswordResetRedeemed>();
    }

    public override PasswordResetToken? Evolve(PasswordResetToken? snapshot, string id, IEvent e)
    {
        switch (e.Data)
        {
            case PasswordResetIssued issued:
                return new PasswordResetToken
                {
                    Id = id, UserId = issued.UserId, PasswordVersion = issued.PasswordVersion, IssuedAt = issued.At, ExpiresAt = issued.ExpiresAt,
                };
            case PasswordResetRedeemed redeemed when snapshot is not null:
                snapshot.RedeemedAt = redeemed.At;
                break;
        }
        return snapshot;
    }
}
