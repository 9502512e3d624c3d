using Inventory.Domain.Observations;
using Inventory.Domain.Reconciliation;
using Inventory.Domain.Scopes;

namespace Inventory.Domain.Tests.Reconciliation;

public class AssetKeyTests
{
    private static readonly ScopeId Scope = new("111111111111", "eu-west-1", "ec2");

    [Fact]
    public void The_same_resource_in_the_same_scope_always_gets_the_same_key()
    {
        var first = AssetKey.For(Scope, Resources.Ec2Instance("i-1"));
        var second = AssetKey.For(new ScopeId("111111111111", "eu-west-1", "ec2"), Resources.Ec2Instance("i-1", state: "stopped"));

        Assert.NotNull(first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void A_key_is_ast_followed_by_32_lowercase_hex_digits_of_the_match_key_hash()
    {
        var key = AssetKey.For(Scope, new Observation { Arn = "arn:x", ResourceType = "t" })!;

        Assert.Equal(36, key.Length);
        Assert.StartsWith("ast-", key, StringComparison.Ordinal);
        Assert.All(key[4..], c => Assert.Contains(c, "0123456789abcdef"));
        Assert.Equal(AssetKey.FromMatchKey("arn|111111111111|eu-west-1|ec2|arn:x"), key);
    }

    [Fact]
    public void The_match_key_is_the_arn_else_the_resource_id_else_the_name_always_within_the_scope()
    {
        Assert.Equal("arn|111111111111|eu-west-1|ec2|arn:aws:ec2:eu-west-1:111111111111:instance/i-1",
            AssetKey.MatchKey(Scope, new Observation { Arn = Resources.InstanceArn("i-1"), ResourceId = "i-1", Name = "web", ResourceType = "ec2:instance" }));
        Assert.Equal("id|111111111111|eu-west-1|ec2|ec2:instance|i-1",
            AssetKey.MatchKey(Scope, new Observation { ResourceId = "i-1", Name = "web", ResourceType = "ec2:instance" }));
        Assert.Equal("name|111111111111|eu-west-1|ec2|ec2:instance|web",
            AssetKey.MatchKey(Scope, new Observation { Name = "web", ResourceType = "ec2:instance" }));
    }

    [Fact]
    public void Arn_id_and_name_keys_of_the_same_text_differ()
    {
        var byArn = AssetKey.For(Scope, new Observation { Arn = "x", ResourceType = "t" });
        var byId = AssetKey.For(Scope, new Observation { ResourceId = "x", ResourceType = "t" });
        var byName = AssetKey.For(Scope, new Observation { Name = "x", ResourceType = "t" });

        Assert.Equal(3, new[] { byArn, byId, byName }.Distinct().Count());
        Assert.All(new[] { byArn, byId, byName }, Assert.NotNull);
    }

    [Fact]
    public void The_strongest_key_present_decides_whatever_weaker_keys_come_with_it()
    {
        var arnOnly = AssetKey.For(Scope, new Observation { Arn = "arn:x", ResourceType = "t" });
        var arnWithMore = AssetKey.For(Scope, new Observation { Arn = "arn:x", ResourceId = "i-1", Name = "web", ResourceType = "t" });
        var idOnly = AssetKey.For(Scope, new Observation { ResourceId = "i-1", ResourceType = "t" });
        var idWithName = AssetKey.For(Scope, new Observation { ResourceId = "i-1", Name = "web", ResourceType = "t" });

        Assert.Equal(arnOnly, arnWithMore);
        Assert.Equal(idOnly, idWithName);
        Assert.NotEqual(arnOnly, idOnly);
    }

    [Fact]
    public void Empty_keys_count_as_absent()
    {
        var empty = new Observation { Arn = "", ResourceId = "", Name = "web", ResourceType = "t" };

        Assert.Equal(AssetKey.For(Scope, new Observation { Name = "web", ResourceType = "t" }), AssetKey.For(Scope, empty));
        Assert.Null(AssetKey.For(Scope, new Observation { Arn = "", ResourceId = "", Name = "", ResourceType = "t" }));
        Assert.Null(AssetKey.For(Scope, new Observation { ResourceType = "t" }));
    }

    [Fact]
    public void The_same_arn_id_or_name_in_another_account_is_another_key()
    {
        var other = Scope with { AccountId = "222222222222" };
        foreach (var observation in new[]
                 {
                     new Observation { Arn = "arn:x", ResourceType = "t" },
                     new Observation { ResourceId = "i-1", ResourceType = "t" },
                     new Observation { Name = "web", ResourceType = "t" },
                 })
        {
            Assert.NotEqual(AssetKey.For(Scope, observation), AssetKey.For(other, observation));
        }
    }

    [Fact]
    public void Every_key_is_per_scope_and_id_and_name_keys_per_resource_type()
    {
        var otherRegion = Scope with { Region = "us-east-1" };
        var otherService = Scope with { Service = "rds" };
        foreach (var observation in new[]
                 {
                     new Observation { Arn = "arn:x", ResourceType = "t" },
                     new Observation { ResourceId = "i-1", ResourceType = "t" },
                     new Observation { Name = "web", ResourceType = "t" },
                 })
        {
            Assert.NotEqual(AssetKey.For(Scope, observation), AssetKey.For(otherRegion, observation));
            Assert.NotEqual(AssetKey.For(Scope, observation), AssetKey.For(otherService, observation));
        }
        Assert.NotEqual(AssetKey.For(Scope, new Observation { Name = "web", ResourceType = "ec2:key-pair" }),
            AssetKey.For(Scope, new Observation { Name = "web", ResourceType = "ec2:placement-group" }));
        Assert.NotEqual(AssetKey.For(Scope, new Observation { ResourceId = "x", ResourceType = "ec2:key-pair" }),
            AssetKey.For(Scope, new Observation { ResourceId = "x", ResourceType = "ec2:placement-group" }));
    }

    [Fact]
    public void Candidates_list_the_stream_keys_strongest_first()
    {
        var observation = new Observation { Arn = "arn:x", ResourceId = "i-1", Name = "web", ResourceType = "t" };
        Assert.Equal(
            [
                AssetKey.FromMatchKey("arn|111111111111|eu-west-1|ec2|arn:x"),
                AssetKey.FromMatchKey("id|111111111111|eu-west-1|ec2|t|i-1"),
                AssetKey.FromMatchKey("name|111111111111|eu-west-1|ec2|t|web"),
            ],
            AssetKey.Candidates(Scope, observation));
    }
}
