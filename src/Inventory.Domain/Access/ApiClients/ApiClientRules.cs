using Inventory.Domain.Access.Users;
using Inventory.Domain.Assets;

namespace Inventory.Domain.Access.ApiClients;

public sealed record ApiClientInput(string? Name, string? Role, bool? Active = null);

/// <summary>API clients as pure decisions: a unique name (it names the client in every event it causes) and the Admin or ReadOnly role.</summary>
public static class ApiClientRules
{
    /// <param name="nameTaken">Whether the lower-case name belongs to another client.</param>
    public static AccessDecision Register(ApiClientInput input, Func<string, bool> nameTaken, string apiClientId, string clientId, string secretHash,
        DateTimeOffset at, Cause cause)
    {
        var errors = Validate(input, out var name, out var role);
        if (errors.Count > 0)
            return new AccessDecision.Invalid(errors);
        if (nameTaken(name.ToLowerInvariant()))
            return AccessDecision.Taken("name", $"An API client named '{name}' exists already.");
        return new AccessDecision.Accepted([new ApiClientRegistered(apiClientId, clientId, name, role, secretHash, at, cause)]);
    }

    public static AccessDecision Change(ApiClientRecord? current, string apiClientId, ApiClientInput input, Func<string, bool> nameTaken,
        DateTimeOffset at, Cause cause)
    {
        if (current is not { Removed: false })
            return new AccessDecision.NotFound(apiClientId);
        var errors = Validate(input, out var name, out var role);
        if (errors.Count > 0)
            return new AccessDecision.Invalid(errors);
        if (!string.Equals(name, current.Name, StringComparison.OrdinalIgnoreCase) && nameTaken(name.ToLowerInvariant()))
            return AccessDecision.Taken("name", $"An API client named '{name}' exists already.");
        var events = new List<object>();
        if (name != current.Name || role != current.Role)
            events.Add(new ApiClientChanged(current.ApiClientId, name, role, at, cause));
        var active = input.Active ?? current.Active;
        if (active != current.Active)
            events.Add(active ? new ApiClientReactivated(current.ApiClientId, at, cause) : new ApiClientDeactivated(current.ApiClientId, at, cause));
        return new AccessDecision.Accepted(events);
    }

    public static AccessDecision Remove(ApiClientRecord? current, string apiClientId, DateTimeOffset at, Cause cause) =>
        current is not { Removed: false }
            ? new AccessDecision.NotFound(apiClientId)
            : new AccessDecision.Accepted([new ApiClientRemoved(current.ApiClientId, at, cause)]);

    private static Dictionary<string, string[]> Validate(ApiClientInput input, out string name, out UserRole role)
    {
        var errors = new Dictionary<string, string[]>();
        name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > 100 || name.Any(char.IsControl))
            errors["name"] = ["A name has 1 to 100 characters."];
        role = UserFields.AssignableRole(input.Role, errors) ?? UserRole.ReadOnly;
        return errors;
    }
}
