using Inventory.Domain.Assets;
using Inventory.Domain.Observations;
using Inventory.Domain.Reconciliation;
using Inventory.Domain.Scopes;
using Marten;

namespace Inventory.Benchmarks.Relationships;

/// <summary>
/// An estate of VPC cells, 100 assets each: a VPC, 4 subnets, 4 security groups, 80 instances (each in a subnet, with two
/// groups), 8 volumes, a load balancer forwarding to a target group of 10 instances, and a database. Ten accounts.
/// </summary>
internal static class GraphEstate
{
    public const int CellSize = 100;
    private const string Region = "eu-west-1";
    private static readonly DateTimeOffset At = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>First sight of every asset, appended straight to the event store (the reconciler is not what is measured).</summary>
    public static async Task<int> AppendAsync(IDocumentStore store, int assets)
    {
        var cells = Math.Max(1, assets / CellSize);
        var pending = 0;
        var session = store.LightweightSession();
        for (var cell = 0; cell < cells; cell++)
        {
            foreach (var seen in Cell(cell))
            {
                session.Events.StartStream<AssetRecord>(seen.AssetId, seen);
                if (++pending % 5_000 == 0)
                {
                    await session.SaveChangesAsync();
                    await session.DisposeAsync();
                    session = store.LightweightSession();
                }
            }
        }
        await session.SaveChangesAsync();
        await session.DisposeAsync();
        return pending;
    }

    /// <summary>The asset id of one instance of a cell, to start walks from.</summary>
    public static string InstanceId(int cell, int instance) => Seen(Scope(cell, "ec2"), Instance(cell, instance)).AssetId;

    public static string VpcId(int cell) => Seen(Scope(cell, "vpc"), Vpc(cell)).AssetId;

    private static string Account(int cell) => $"1000000000{cell % 10:00}";

    private static ScopeId Scope(int cell, string service) => new(Account(cell), Region, service);

    private static IEnumerable<AssetSeen> Cell(int cell)
    {
        yield return Seen(Scope(cell, "vpc"), Vpc(cell));
        for (var i = 0; i < 4; i++)
        {
            yield return Seen(Scope(cell, "vpc"), Resource(cell, "vpc:subnet", $"subnet-{cell:x8}{i}", ("vpc", [$"vpc-{cell:x8}"])));
            yield return Seen(Scope(cell, "vpc"), Resource(cell, "vpc:security-group", $"sg-{cell:x8}{i}", ("vpc", [$"vpc-{cell:x8}"])));
        }
        for (var i = 0; i < 80; i++)
            yield return Seen(Scope(cell, "ec2"), Instance(cell, i));
        for (var i = 0; i < 8; i++)
            yield return Seen(Scope(cell, "ec2"), Resource(cell, "ec2:volume", $"vol-{cell:x8}{i:x3}", ("instance", [$"i-{cell:x8}{i:x3}"])));
        var targetGroup = $"arn:aws:elasticloadbalancing:{Region}:{Account(cell)}:targetgroup/tg-{cell}/{cell:x16}";
        yield return Seen(Scope(cell, "elbv2"), Resource(cell, "elbv2:load-balancer", $"app/lb-{cell}/{cell:x16}", ("vpc", [$"vpc-{cell:x8}"]),
            ("subnet", [.. Enumerable.Range(0, 4).Select(i => $"subnet-{cell:x8}{i}")]), ("security-group", [$"sg-{cell:x8}0"]), ("target-group", [targetGroup])));
        yield return Seen(Scope(cell, "elbv2"), Resource(cell, "elbv2:target-group", $"targetgroup/tg-{cell}/{cell:x16}", ("vpc", [$"vpc-{cell:x8}"]),
            ("target", [.. Enumerable.Range(0, 10).Select(i => $"i-{cell:x8}{i:x3}")])) with { Arn = targetGroup });
        yield return Seen(Scope(cell, "rds"), Resource(cell, "rds:db-instance", $"db-{cell}", ("vpc", [$"vpc-{cell:x8}"]),
            ("subnet", [.. Enumerable.Range(0, 4).Select(i => $"subnet-{cell:x8}{i}")]), ("security-group", [$"sg-{cell:x8}3"])));
    }

    private static Observation Vpc(int cell) => Resource(cell, "vpc:vpc", $"vpc-{cell:x8}");

    private static Observation Instance(int cell, int i) => Resource(cell, "ec2:instance", $"i-{cell:x8}{i:x3}",
        ("subnet", [$"subnet-{cell:x8}{i % 4}"]), ("vpc", [$"vpc-{cell:x8}"]), ("security-group", [$"sg-{cell:x8}{i % 4}", $"sg-{cell:x8}0"]),
        ("volume", i < 8 ? [$"vol-{cell:x8}{i:x3}"] : []));

    private static Observation Resource(int cell, string type, string id, params (string Kind, string[] Ids)[] related) => new()
    {
        Arn = $"arn:aws:{type.Split(':')[0]}:{Region}:{Account(cell)}:{type.Split(':')[1]}/{id}",
        ResourceId = id,
        Name = id,
        ResourceType = type,
        State = "available",
        Related = [.. related.SelectMany(r => r.Ids.Select(x => new RelatedResource(r.Kind, x)))],
    };

    private static AssetSeen Seen(ScopeId scope, Observation observation) => new(AssetKey.For(scope, observation)!, scope.AccountId, scope.Region,
        scope.Service, observation.ResourceType, AssetDescription.Normalise(observation, VolatileFields.Default), false, At, Cause.DiscoveryJob("bench"));

    /// <summary>
    /// Derived edges a cell must have: 8 (subnets and groups in the VPC); per instance subnet, VPC and its groups (one when
    /// both are group 0) plus 8 volumes; 7 (load balancer); 11 (target group); 6 (database). Volumes name their instance,
    /// which names them already.
    /// </summary>
    public const int EdgesPerCell = 8 + (20 * 3 + 60 * 4 + 8) + 7 + 11 + 6;
}
