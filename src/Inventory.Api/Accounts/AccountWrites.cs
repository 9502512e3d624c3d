using Inventory.Domain.Accounts;
using Inventory.Domain.Assets;
using JasperFx;
using Marten;
using Marten.Exceptions;
using Wolverine.Marten;

namespace Inventory.Api.Accounts;

/// <summary>The one path every account command takes: fetch the stream for writing, decide, append, answer.</summary>
internal static class AccountWrites
{
    public static async Task<AccountView?> LoadAsync(IQuerySession session, string? accountId, CancellationToken cancellation) =>
        AccountRules.IsAccountId(accountId) ? await session.LoadAsync<AccountView>(AccountStreams.Key(accountId!), cancellation) : null;

    public static Task<int> CountMembersOfAsync(IQuerySession session, string accountId, CancellationToken cancellation) =>
        session.Query<AccountView>().CountAsync(v => !v.Removed && v.Credentials.ManagementAccountId == accountId, cancellation);

    /// <param name="followUp">Durable messages that act on the appended events; sent through the outbox only once they commit.</param>
    public static async Task<IResult> RunAsync(IDocumentStore store, string accountId,
        Func<IDocumentSession, AccountView?, Task<AccountDecision>> decide, Func<AccountView, IResult> answer, CancellationToken cancellation,
        FollowUp? followUp = null)
    {
        await using var session = store.LightweightSession();
        // Fetching for writing pins the stream's version: a concurrent change makes the save fail rather than interleave.
        var stream = await session.Events.FetchForWriting<AccountView>(AccountStreams.Key(accountId), cancellation);
        var decision = await decide(session, stream.Aggregate);
        switch (decision)
        {
            case AccountDecision.Invalid invalid:
                return Results.ValidationProblem(invalid.Errors, title: "Invalid account", detail: string.Join(" ", invalid.Errors.Values.SelectMany(e => e)));
            case AccountDecision.NotFound notFound:
                return AccountProblems.NotFound(notFound.AccountId);
            case AccountDecision.Conflict conflict:
                return AccountProblems.Conflict(conflict.Detail, conflict.AccountId);
        }
        var events = ((AccountDecision.Accepted)decision).Events;
        if (events.Count == 0)
            return answer(stream.Aggregate!);
        stream.AppendMany(events);
        if (followUp is not null && followUp.MessagesFor(events).ToList() is { Count: > 0 } messages)
        {
            followUp.Outbox.Enroll(session);
            foreach (var message in messages)
                await followUp.Outbox.PublishAsync(message);
        }
        try
        {
            await session.SaveChangesAsync(cancellation);
        }
        catch (Exception e) when (e is ConcurrencyException or ExistingStreamIdCollisionException)
        {
            return AccountProblems.Conflict($"Account {accountId} was changed by someone else at the same time; reload and try again.", accountId);
        }
        await using var query = store.QuerySession();
        return answer((await query.LoadAsync<AccountView>(AccountStreams.Key(accountId), cancellation))!);
    }
}

/// <summary>The messages a command's events call for, and the outbox that sends them after the commit.</summary>
internal sealed record FollowUp(IMartenOutbox Outbox, Func<IReadOnlyList<object>, IEnumerable<object>> MessagesFor);
