using System.Globalization;
using Inventory.Domain.Assets;
using Inventory.Domain.Reconciliation;
using Inventory.Domain.Scopes;
using Marten;
using Npgsql;

namespace Inventory.Api.Scans;

/// <summary>
/// The scope's asset records as the matcher needs them, read as plain columns in the scan's own transaction:
/// only the keys, status, fingerprint and last sighting, never the whole documents.
/// </summary>
internal static class ScopeRecords
{
    /// <summary>From a connection of its own (a preview, which writes no asset event).</summary>
    public static async Task<IReadOnlyList<AssetRecord>> LoadAsync(IDocumentStore store, ScopeId scope, CancellationToken cancellation)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        return await LoadAsync(store, connection, scope, cancellation);
    }

    public static async Task<IReadOnlyList<AssetRecord>> LoadAsync(IDocumentStore store, NpgsqlConnection connection, ScopeId scope,
        CancellationToken cancellation)
    {
        var table = store.Options.FindOrResolveDocumentType(typeof(AssetRecord)).TableName.QualifiedName;
        await using var command = new NpgsqlCommand(
            $"""
             SELECT id, data->>'arn', data->>'resourceId', data->>'name', data->>'resourceType', data->>'status',
                    data->>'fingerprint', data->>'lastObservedAt'
             FROM {table} WHERE scope_key = $1
             """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = scope.StreamKey });
        var records = new List<AssetRecord>();
        // One instance per resource type: the scope's records repeat a handful of them.
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            var type = reader.GetString(4);
            if (!types.TryGetValue(type, out var sharedType))
                types[type] = sharedType = type;
            records.Add(new AssetRecord
            {
                Id = reader.GetString(0),
                ScopeKey = scope.StreamKey,
                AccountId = scope.AccountId,
                Region = scope.Region,
                Service = scope.Service,
                Arn = Text(reader, 1),
                ResourceId = Text(reader, 2),
                Name = Text(reader, 3),
                ResourceType = sharedType,
                Status = Enum.Parse<AssetStatus>(reader.GetString(5)),
                Fingerprint = reader.GetString(6),
                LastObservedAt = DateTimeOffset.Parse(reader.GetString(7), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            });
        }
        return records;
    }

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
