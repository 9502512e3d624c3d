using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Inventory.Domain.Access.ApiClients;

/// <summary>One API client as the token endpoint and every bearer request read it; inline, so a change applies at once.</summary>
public sealed class ApiClientRecord
{
    public string Id { get; set; } = "";
    public string ApiClientId { get; set; } = "";
    public string ClientId { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>The lower-case name while the client exists, unique in PostgreSQL; cleared on removal.</summary>
    public string? NameKey { get; set; }
    public UserRole Role { get; set; }
    public bool Active { get; set; }
    public bool Removed { get; set; }
    public string SecretHash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public long Version { get; set; }

    public bool MayCall => Active && !Removed;
}

public static class ApiClientStreams
{
    public static string Key(string apiClientId) => "api-client:" + apiClientId;
}

public sealed partial class ApiClientRecordProjection : SingleStreamProjection<ApiClientRecord, string>
{
    public ApiClientRecordProjection()
    {
        IncludeType<ApiClientRegistered>();
        IncludeType<ApiClientChanged>();
        IncludeType<ApiClientDeactivated>();
        IncludeType<ApiClientReactivated>();
        IncludeType<ApiClientRemoved>();
    }

    public override ApiClientRecord? Evolve(ApiClientRecord? snapshot, string id, IEvent e)
    {
        switch (e.Data)
        {
            case ApiClientRegistered r:
                snapshot = new ApiClientRecord
                {
                    Id = id, ApiClientId = r.ApiClientId, ClientId = r.ClientId, Name = r.Name, NameKey = r.Name.ToLowerInvariant(), Role = r.Role,
                    Active = true, SecretHash = r.SecretHash, CreatedAt = r.At, CreatedBy = r.Cause.Id,
                };
                break;
            case ApiClientChanged c when snapshot is not null:
                (snapshot.Name, snapshot.NameKey, snapshot.Role) = (c.Name, c.Name.ToLowerInvariant(), c.Role);
                break;
            case ApiClientDeactivated when snapshot is not null:
                snapshot.Active = false;
                break;
            case ApiClientReactivated when snapshot is not null:
                snapshot.Active = true;
                break;
            case ApiClientRemoved when snapshot is not null:
                (snapshot.Removed, snapshot.Active, snapshot.NameKey) = (true, false, null);
                break;
        }
        if (snapshot is not null)
            snapshot.Version = e.Version;
        return snapshot;
    }
}
