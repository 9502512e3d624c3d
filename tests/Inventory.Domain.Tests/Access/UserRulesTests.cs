using Inventory.Domain.Access;
using Inventory.Domain.Access.Users;
using Inventory.Domain.Assets;

namespace Inventory.Domain.Tests.Access;

/// <summary>User changes as pure decisions: validation by field, taken names, and the superadmin and not-yourself rules.</summary>
public sealed class UserRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Actor Alice = new("alice-id", UserRole.Admin, Cause.User("alice"));
    private static readonly Actor Root = new("root-id", UserRole.Superadmin, Cause.User("superadmin"));
    private static string Hash(string password) => "hash(" + password + ")";
    private static bool None(string _) => false;

    private static UserRecord User(string id, UserRole role = UserRole.ReadOnly, AuthSource source = AuthSource.Local, bool active = true) => new()
    {
        Id = UserStreams.Key(id), UserId = id, Username = id, UsernameKey = id, DisplayName = id, Role = role, Active = active, AuthSource = source,
        PasswordHash = source == AuthSource.Local ? "hash(old)" : null,
    };

    private static IReadOnlyList<object> Events(AccessDecision decision) => Assert.IsType<AccessDecision.Accepted>(decision).Events;

    private static IEnumerable<string> Fields(AccessDecision decision) => Assert.IsType<AccessDecision.Invalid>(decision).Errors.Keys.Order();

    [Fact]
    public void A_local_user_is_created_with_the_hash_of_the_password_and_who_created_them()
    {
        var decision = UserRules.Create(new NewUser(" bob ", "Bob@Example.com", null, "readonly", "correct horse"), AuthSource.Local, None, None, Hash,
            "u1", Now, Alice.Cause);

        var created = Assert.IsType<UserCreated>(Assert.Single(Events(decision)));
        Assert.Equal(("bob", "Bob@Example.com", "bob", UserRole.ReadOnly, "hash(correct horse)", Alice.Cause),
            (created.Username, created.Email, created.DisplayName, created.Role, created.PasswordHash, created.Cause));
    }

    [Fact]
    public void Bad_input_names_every_field()
    {
        var decision = UserRules.Create(new NewUser("no spaces", "not-an-address", new string('x', 201), "Owner", "short"), AuthSource.Local, None, None,
            Hash, "u1", Now, Alice.Cause);

        Assert.Equal(["displayName", "email", "password", "role", "username"], Fields(decision));
    }

    [Theory]
    [InlineData("Superadmin")]
    [InlineData("2")]
    public void Nobody_is_made_superadmin_through_the_api(string role) =>
        Assert.Equal(["role"], Fields(UserRules.Create(new NewUser("bob", null, null, role, "long enough"), AuthSource.Local, None, None, Hash, "u1", Now,
            Root.Cause)));

    [Theory]
    [InlineData("scheduler")]
    [InlineData("Anonymous")]
    public void Names_events_use_for_the_product_are_reserved(string username) =>
        Assert.Equal(["username"], Fields(UserRules.Create(new NewUser(username, null, null, "Admin", "long enough"), AuthSource.Local, None, None, Hash,
            "u1", Now, Alice.Cause)));

    [Fact]
    public void A_taken_username_or_email_is_a_conflict_naming_the_field()
    {
        var username = UserRules.Create(new NewUser("Bob", null, null, "Admin", "long enough"), AuthSource.Local, key => key == "bob", None, Hash, "u1",
            Now, Alice.Cause);
        var email = UserRules.Create(new NewUser("bob", "BOB@x.org", null, "Admin", "long enough"), AuthSource.Local, None, key => key == "bob@x.org",
            Hash, "u1", Now, Alice.Cause);

        Assert.Equal(["username"], Assert.IsType<AccessDecision.Conflict>(username).Errors!.Keys);
        Assert.Equal(["email"], Assert.IsType<AccessDecision.Conflict>(email).Errors!.Keys);
    }

    [Fact]
    public void An_sso_user_has_no_password()
    {
        var created = Assert.IsType<UserCreated>(Assert.Single(Events(UserRules.Create(new NewUser("carol", "carol@x.org", "Carol", "ReadOnly", null),
            AuthSource.Oidc, None, None, Hash, "u1", Now, Cause.User("sso")))));
        Assert.Null(created.PasswordHash);
        Assert.Equal(["password"], Fields(UserRules.Create(new NewUser("carol", null, null, "ReadOnly", "long enough"), AuthSource.Oidc, None, None, Hash,
            "u1", Now, Cause.User("sso"))));
    }

    [Fact]
    public void A_change_records_one_event_per_kind_of_change()
    {
        var events = Events(UserRules.Change(User("bob"), "bob", new UserChange("bob@x.org", "Bob B", "Admin", false), None, Alice, Now));

        Assert.Equal([typeof(UserDetailsChanged), typeof(UserRoleChanged), typeof(UserDeactivated)], events.Select(e => e.GetType()));
        Assert.All(events, e => Assert.Equal(Alice.Cause, ((dynamic)e).Cause));
        Assert.Empty(Events(UserRules.Change(User("bob"), "bob", new UserChange(null, "bob", null, null), None, Alice, Now)));
    }

    [Theory]
    [InlineData("Admin", true, "demoted")]
    [InlineData(null, false, "deactivated")]
    public void The_superadmin_cannot_be_demoted_or_deactivated(string? role, bool active, string word)
    {
        var conflict = Assert.IsType<AccessDecision.Conflict>(UserRules.Change(User("root-id", UserRole.Superadmin), "root-id",
            new UserChange(null, null, role, active), None, Root, Now));
        Assert.Contains(word, conflict.Detail);
    }

    [Fact]
    public void Only_a_superadmin_changes_the_superadmins_email_or_password()
    {
        var root = User("root-id", UserRole.Superadmin);

        Assert.IsType<AccessDecision.Forbidden>(UserRules.Change(root, "root-id", new UserChange("mine@x.org", null, null, null), None, Alice, Now));
        Assert.IsType<AccessDecision.Forbidden>(UserRules.SetPassword(root, "root-id", "new password", Hash, Alice, Now));
        Assert.Single(Events(UserRules.SetPassword(root, "root-id", "new password", Hash, Root, Now)));
        Assert.Single(Events(UserRules.Change(root, "root-id", new UserChange(null, "The Root", "Superadmin", true), None, Alice, Now)));
    }

    [Fact]
    public void The_superadmin_cannot_be_deleted()
    {
        Assert.IsType<AccessDecision.Conflict>(UserRules.Delete(User("root-id", UserRole.Superadmin), "root-id", Root, Now));
    }

    [Fact]
    public void Nobody_deletes_deactivates_or_demotes_themselves()
    {
        var alice = User("alice-id", UserRole.Admin);

        Assert.Equal("You cannot delete yourself.", Assert.IsType<AccessDecision.Conflict>(UserRules.Delete(alice, "alice-id", Alice, Now)).Detail);
        Assert.Equal("You cannot deactivate yourself.", Assert.IsType<AccessDecision.Conflict>(
            UserRules.Change(alice, "alice-id", new UserChange(null, null, null, false), None, Alice, Now)).Detail);
        Assert.Equal("You cannot change your own role.", Assert.IsType<AccessDecision.Conflict>(
            UserRules.Change(alice, "alice-id", new UserChange(null, null, "ReadOnly", null), None, Alice, Now)).Detail);
        Assert.IsType<UserDeleted>(Assert.Single(Events(UserRules.Delete(User("bob"), "bob", Alice, Now))));
    }

    [Fact]
    public void Unknown_or_deleted_users_are_not_found()
    {
        Assert.IsType<AccessDecision.NotFound>(UserRules.Delete(null, "x", Alice, Now));
        Assert.IsType<AccessDecision.NotFound>(UserRules.SetPassword(new UserRecord { UserId = "x", Deleted = true }, "x", "long enough", Hash, Alice, Now));
    }

    [Fact]
    public void Changing_ones_own_password_needs_the_current_one_and_a_long_enough_new_one()
    {
        Assert.Equal(["currentPassword", "newPassword"], Fields(UserRules.ChangeOwnPassword(User("bob"), false, "short", Hash, Now)));
        var set = Assert.IsType<UserPasswordSet>(Assert.Single(Events(UserRules.ChangeOwnPassword(User("bob"), true, "long enough", Hash, Now))));
        Assert.Equal(("hash(long enough)", Cause.User("bob")), (set.PasswordHash, set.Cause));
        Assert.IsType<AccessDecision.Refused>(UserRules.ChangeOwnPassword(User("carol", source: AuthSource.Oidc), true, "long enough", Hash, Now));
        Assert.IsType<AccessDecision.Refused>(UserRules.SetPassword(User("carol", source: AuthSource.Oidc), "carol", "long enough", Hash, Alice, Now));
    }

    [Fact]
    public void The_superadmin_command_creates_or_restores_the_account()
    {
        var cause = Cause.User("command-line:ops");
        var created = Assert.IsType<UserCreated>(Assert.Single(Events(UserRules.Superadmin(null, "root", "long enough", Hash, "u9", Now, cause))));
        Assert.Equal((UserRole.Superadmin, AuthSource.Local), (created.Role, created.AuthSource));

        var restored = Events(UserRules.Superadmin(User("bob", UserRole.ReadOnly, active: false), "bob", "long enough", Hash, "unused", Now, cause));
        Assert.Equal([typeof(UserPasswordSet), typeof(UserRoleChanged), typeof(UserReactivated)], restored.Select(e => e.GetType()));

        Assert.Equal(["password"], Fields(UserRules.Superadmin(null, "root", "short", Hash, "u9", Now, cause)));
        Assert.IsType<AccessDecision.Refused>(UserRules.Superadmin(User("carol", source: AuthSource.Oidc), "carol", "long enough", Hash, "u9", Now, cause));
    }
}
