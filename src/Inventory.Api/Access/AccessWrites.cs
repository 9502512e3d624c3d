using Inventory.Domain.Access;
using JasperFx;
using Marten;
using Marten.Exceptions;
using Npgsql;

namespace Inventory.Api.Access;

/// <summary>The one path every user and API client change takes: fetch the stream for writing, decide, append, save, reload.</summary>
internal static class AccessWrites
{
    /// <param name="uniqueViolation">The decision when PostgreSQL's unique keys refuse the save (a name taken meanwhile), by constraint name.</param>
    public static async Task<(AccessDecision Decision, T? Record)> RunAsync<T>(IDocumentStore store, string streamKey,
        Func<IDocumentSession, T?, Task<AccessDecision>> decide, Func<string, AccessDecision> uniqueViolation, CancellationToken cancellation)
        where T : class
    {
        await using var session = store.LightweightSession();
        // Fetching for writing pins the stream's version: a concurrent change makes the save fail rather than interleave.
        var stream = await session.Events.FetchForWriting<T>(streamKey, cancellation);
        var decision = await decide(session, stream.Aggregate);
        if (decision is not AccessDecision.Accepted accepted)
            return (decision, stream.Aggregate);
        if (accepted.Events.Count == 0)
            return (decision, stream.Aggregate);
        stream.AppendMany(accepted.Events);
        try
        {
            await session.SaveChangesAsync(cancellation);
        }
        catch (Exception e) when (e is ConcurrencyException or ExistingStreamIdCollisionException)
        {
            return (new AccessDecision.Conflict("It was changed by someone else at the same time; reload and try again."), stream.Aggregate);
        }
        catch (Exception e) when (UniqueKey(e) is { } constraint)
        {
            return (uniqueViolation(constraint), stream.Aggregate);
        }
        await using var query = store.QuerySession();
        return (decision, await query.LoadAsync<T>(streamKey, cancellation));
    }

    private static string? UniqueKey(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
                return unique.ConstraintName ?? "";
        }
        return null;
    }
}
