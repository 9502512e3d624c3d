using Inventory.Domain.Access;
using Inventory.Domain.Access.ApiClients;
using Inventory.Domain.Assets;

namespace Inventory.Domain.Tests.Access;

public sealed class ApiClientRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Cause Alice = Cause.User("alice");

    private static ApiClientRecord Client(string name = "ci", bool active = true) =>
        new() { ApiClientId = "c1", ClientId = "inventory-1", Name = name, NameKey = name.ToLowerInvariant(), Role = UserRole.ReadOnly, Active = active };

    [Fact]
    public void A_client_is_registered_with_its_secret_hash_and_creator()
    {
        var decision = ApiClientRules.Register(new ApiClientInput(" Backup job ", "Admin"), _ => false, "c1", "inventory-1", "sha", Now, Alice);

        var registered = Assert.IsType<ApiClientRegistered>(Assert.Single(Assert.IsType<AccessDecision.Accepted>(decision).Events));
        Assert.Equal(("Backup job", UserRole.Admin, "sha", Alice), (registered.Name, registered.Role, registered.SecretHash, registered.Cause));
    }

    [Fact]
    public void A_name_must_be_given_and_free_and_the_role_assignable()
    {
        Assert.Equal(["name", "role"], Assert.IsType<AccessDecision.Invalid>(
            ApiClientRules.Register(new ApiClientInput(" ", "Superadmin"), _ => false, "c1", "x", "h", Now, Alice)).Errors.Keys.Order());
        Assert.Equal(["name"], Assert.IsType<AccessDecision.Conflict>(
            ApiClientRules.Register(new ApiClientInput("CI", "ReadOnly"), key => key == "ci", "c1", "x", "h", Now, Alice)).Errors!.Keys);
    }

    [Fact]
    public void Changes_and_activation_are_separate_events_and_a_removed_client_is_gone()
    {
        var events = Assert.IsType<AccessDecision.Accepted>(ApiClientRules.Change(Client(), "c1", new ApiClientInput("ci-2", "Admin", false), _ => false,
            Now, Alice)).Events;
        Assert.Equal([typeof(ApiClientChanged), typeof(ApiClientDeactivated)], events.Select(e => e.GetType()));
        Assert.IsType<ApiClientReactivated>(Assert.Single(Assert.IsType<AccessDecision.Accepted>(ApiClientRules.Change(Client(active: false), "c1",
            new ApiClientInput("ci", "ReadOnly", true), _ => true, Now, Alice)).Events));
        Assert.IsType<AccessDecision.NotFound>(ApiClientRules.Remove(new ApiClientRecord { Removed = true }, "c1", Now, Alice));
    }
}
