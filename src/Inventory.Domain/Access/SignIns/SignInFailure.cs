namespace Inventory.Domain.Access.SignIns;

/// <summary>
/// One failed sign-in, kept for the length of the throttling window. Counted by the name tried (whether or not such a user
/// exists) and by the client's address, in PostgreSQL so that every instance counts the same attempts.
/// </summary>
public sealed class SignInFailure
{
    public Guid Id { get; set; }
    public string UsernameKey { get; set; } = "";
    public string Address { get; set; } = "";
    public DateTimeOffset At { get; set; }
}
