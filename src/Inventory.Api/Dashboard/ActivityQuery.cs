using Inventory.Domain.Dashboard;
using Npgsql;

namespace Inventory.Api.Dashboard;

/// <summary>Counts the last 30 days' asset activity per kind and UTC day, with how many of each fell in the last 7 days and 24 hours.</summary>
internal static class ActivityQuery
{
    public static async Task<RecentActivity> RunAsync(NpgsqlConnection connection, string schema, DateTimeOffset now, CancellationToken cancellation)
    {
        var sql = $"""
            select activity, (at at time zone 'UTC')::date, count(*),
                   count(*) filter (where at > $2), count(*) filter (where at > $3)
            from {schema}.mt_doc_assetlifecyclerow
            where at > $1 and at <= $4
            group by 1, 2
            """;
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = ActivityWindows.Start(now, ActivityWindows.Month) });
        command.Parameters.Add(new NpgsqlParameter { Value = ActivityWindows.Start(now, ActivityWindows.Week) });
        command.Parameters.Add(new NpgsqlParameter { Value = ActivityWindows.Start(now, ActivityWindows.Day) });
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        var days = new List<ActivityDay>();
        while (await reader.ReadAsync(cancellation))
        {
            days.Add(new ActivityDay(Enum.Parse<ActivityKind>(reader.GetString(0)), reader.GetFieldValue<DateOnly>(1),
                reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4)));
        }
        return ActivityWindows.Summarise(now, days);
    }
}
