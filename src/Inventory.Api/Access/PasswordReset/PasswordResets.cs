using Inventory.Api.Access.Sessions;
using Inventory.Api.Access.Users;
using Inventory.Api.Mail;
using Inventory.Domain.Access;
using Inventory.Domain.Access.Users;
using Inventory.Domain.Assets;
using JasperFx;
using Marten;
using Marten.Exceptions;

namespace Inventory.Api.Access.PasswordReset;

/// <summary>Issues reset links and redeems them, on the access clock so tests can let an hour pass.</summary>
public sealed class PasswordResets(IDocumentStore store, UserDirectory users, PasswordHashing passwords, MailQueue mail,
    [FromKeyedServices(AccessClock.Key)] TimeProvider clock, BrowserSessions browsers)
{
    /// <summary>Mails a link to the active local user of that username or e-mail address, if there is one; nothing otherwise.</summary>
    public async Task RequestAsync(string usernameOrEmail, Func<string, string> linkFor, CancellationToken cancellation)
    {
        var user = await users.FindByUsernameAsync(usernameOrEmail, cancellation) ?? await users.FindByEmailAsync(usernameOrEmail, cancellation);
        if (!PasswordResetRules.MayReset(user))
            return;
        var token = ResetTokens.New();
        await using var session = store.LightweightSession();
        session.Events.StartStream<PasswordResetToken>(ResetTokens.StreamKey(token), PasswordResetRules.Issue(user!, clock.GetUtcNow()));
        await session.SaveChangesAsync(cancellation);
        mail.Enqueue(ResetLink.Mail(user!.Email!, user.DisplayName, linkFor(token)));
    }

    /// <summary>Sets the new password and uses up the token in one transaction, so a token works once.</summary>
    public async Task<AccessDecision> ResetAsync(string token, string? newPassword, CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        await using var session = store.LightweightSession();
        // Both streams are fetched for writing: a second use of the token, or a password change meanwhile, makes the save fail.
        var reset = await session.Events.FetchForWriting<PasswordResetToken>(ResetTokens.StreamKey(token), cancellation);
        if (reset.Aggregate is null)
            return TokenRefused();
        var user = await session.Events.FetchForWriting<UserRecord>(UserStreams.Key(reset.Aggregate.UserId), cancellation);
        if (PasswordResetRules.Refusal(reset.Aggregate, user.Aggregate, now) is not null)
            return TokenRefused();

        var self = new Actor(user.Aggregate!.UserId, user.Aggregate.Role, Cause.User(user.Aggregate.Username));
        var decision = UserRules.SetPassword(user.Aggregate, user.Aggregate.UserId, newPassword, passwords.Hash, self, now);
        if (decision is not AccessDecision.Accepted accepted)
            return decision;
        user.AppendMany(accepted.Events);
        reset.AppendOne(new PasswordResetRedeemed(user.Aggregate.UserId, now));
        try
        {
            await session.SaveChangesAsync(cancellation);
        }
        catch (Exception e) when (e is ConcurrencyException or ExistingStreamIdCollisionException)
        {
            return TokenRefused();
        }
        // Whoever knew the old password is signed out everywhere.
        await browsers.EndAllAsync(user.Aggregate.UserId, null, cancellation);
        return decision;
    }

    public static AccessDecision TokenRefused() => AccessDecision.Invalid1("token", PasswordResetRules.TokenProblem);
}
