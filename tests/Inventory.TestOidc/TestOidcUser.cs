namespace Inventory.TestOidc;

/// <summary>The person who "signs in" at the test provider: the claims it issues for them.</summary>
public sealed record TestOidcUser(string Subject, string Username, string Email, string Name, IReadOnlyList<string> Roles)
{
    public static TestOidcUser Named(string username, params string[] roles) =>
        new("sub-" + username, username, username + "@example.com", char.ToUpperInvariant(username[0]) + username[1..] + " Example", roles);
}
