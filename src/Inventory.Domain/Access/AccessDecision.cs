namespace Inventory.Domain.Access;

/// <summary>What a command on a user or an API client comes to: events to append, or why not.</summary>
public abstract record AccessDecision
{
    public sealed record Accepted(IReadOnlyList<object> Events) : AccessDecision;

    /// <summary>Bad input, by camelCase field name.</summary>
    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : AccessDecision;

    public sealed record NotFound(string Id) : AccessDecision;

    /// <summary>Against the current state: a taken name, the superadmin rules, acting on oneself. Errors name the field when there is one.</summary>
    public sealed record Conflict(string Detail, IReadOnlyDictionary<string, string[]>? Errors = null) : AccessDecision;

    /// <summary>A request that cannot apply to this user at all, such as a password for someone who signs in through SSO.</summary>
    public sealed record Refused(string Detail) : AccessDecision;

    /// <summary>The caller's role does not allow this change.</summary>
    public sealed record Forbidden(string Detail) : AccessDecision;

    public static AccessDecision Invalid1(string field, string message) => new Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static AccessDecision Taken(string field, string message) => new Conflict(message, new Dictionary<string, string[]> { [field] = [message] });
}
