using Inventory.Domain.Assets;
using Inventory.Domain.Assets.History;
using Inventory.Domain.Audit;
using Marten;
using Weasel.Core;

namespace Inventory.Benchmarks.Reads;

/// <summary>
/// N assets written straight into the read models (asset views, their versions, lifecycle rows) with Marten's bulk insert:
/// the read figures measure queries, and a million assets through the projections would take the run's whole budget.
/// Twenty accounts, four regions, a service mix, tags and people's fields on a third; a tenth changed once in the last 60 days.
/// </summary>
internal static class ReadEstate
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private static readonly string[] Regions = ["eu-west-1", "eu-central-1", "us-east-1", "us-west-2"];
    private static readonly (string Service, string Type)[] Kinds =
    [
        ("ec2", "ec2:instance"), ("ec2", "ec2:instance"), ("ec2", "ec2:instance"), ("ec2", "ec2:volume"), ("ec2", "ec2:volume"),
        ("vpc", "vpc:subnet"), ("vpc", "vpc:security-group"), ("rds", "rds:db-instance"), ("lambda", "lambda:function"), ("s3", "s3:bucket"),
    ];
    private static readonly string[] Criticalities = ["critical", "high", "medium", "low"];
    private static readonly string[] Teams = ["red", "blue", "green", "platform", "data"];

    public static async Task SeedAsync(IDocumentStore store, int assets)
    {
        const int batch = 20_000;
        for (var start = 0; start < assets; start += batch)
        {
            var views = Enumerable.Range(start, Math.Min(batch, assets - start)).Select(View).ToList();
            await store.BulkInsertDocumentsAsync(views, BulkInsertMode.InsertsOnly, batchSize: 5_000);
            var versions = views.SelectMany(Versions).ToList();
            await store.BulkInsertDocumentsAsync(versions, BulkInsertMode.InsertsOnly, batchSize: 5_000);
            var rows = views.SelectMany(Lifecycle).ToList();
            await store.BulkInsertDocumentsAsync(rows, BulkInsertMode.InsertsOnly, batchSize: 5_000);
        }
    }

    /// <summary>The team changes every ten assets, so name order says nothing of the service (i % 10) a filter picks.</summary>
    public static string NameOf(int i) => $"{TeamOf(i)}-app-{i:D7}";

    private static string TeamOf(int i) => Teams[i / Kinds.Length % Teams.Length];

    private static AssetView View(int i)
    {
        var (service, type) = Kinds[i % Kinds.Length];
        var account = (100000000000L + i % 20).ToString();
        var region = Regions[i / 20 % Regions.Length];
        var id = "i-" + i.ToString("x12");
        var name = NameOf(i);
        var tags = new Dictionary<string, string> { ["Name"] = name, ["env"] = i % 3 == 0 ? "prod" : "dev", ["team"] = TeamOf(i) };
        var human = new Dictionary<string, string>();
        if (i % 3 == 0)
        {
            human["owner"] = $"owner{i % 50}";
            human["criticality"] = Criticalities[i % 4];
            human["department"] = $"dept{i % 7}";
        }
        var first = Now.AddDays(-60).AddSeconds(i % 5_000_000);
        var changed = i % 10 == 0 ? first.AddDays(20) : first;
        var view = new AssetView
        {
            Id = $"ast-{i:x16}", Number = i + 1, HumanId = "ASSET-" + (i + 1).ToString("D4"), AccountId = account, Region = region,
            Service = service, ResourceType = type, ScopeKey = $"scope:{account}:{region}:{service}", Arn = $"arn:aws:{service}:{region}:{account}:{type.Split(':')[1]}/{id}",
            ResourceId = id, Name = name, State = "running", Tags = tags, IpAddresses = [$"10.{i % 250}.{i / 250 % 250}.{i % 200}"],
            Status = i % 50 == 0 ? AssetStatus.Gone : AssetStatus.Active, FirstSeenAt = first, LastObservedAt = changed, LastChangedAt = changed,
            ChangeCount = i % 10 == 0 ? 1 : 0, Human = human, Version = i % 10 == 0 ? 2 : 1,
        };
        // The list's columns (sort name, criticality rank, tag arrays, search text) exactly as the projection derives them.
        AssetViewProjection.Index(view);
        return view;
    }

    private static IEnumerable<AssetVersion> Versions(AssetView view)
    {
        if (view.ChangeCount == 0)
        {
            yield return AssetVersion.Of(view, 1, view.FirstSeenAt, null);
            yield break;
        }
        yield return AssetVersion.Of(view, 1, view.FirstSeenAt, view.LastChangedAt);
        yield return AssetVersion.Of(view, 2, view.LastChangedAt, null);
    }

    private static IEnumerable<AssetLifecycleRow> Lifecycle(AssetView view)
    {
        yield return Row(view, LifecycleKind.Appeared, view.FirstSeenAt, 1);
        if (view.ChangeCount > 0)
            yield return Row(view, LifecycleKind.Changed, view.LastChangedAt, 2);
    }

    private static AssetLifecycleRow Row(AssetView view, LifecycleKind kind, DateTimeOffset at, int version) => new()
    {
        Id = Guid.NewGuid(), Sequence = view.Number * 2 + version, AssetId = view.Id, Kind = kind, At = at, AccountId = view.AccountId,
        Region = view.Region, Service = view.Service, ResourceType = view.ResourceType, Cause = Cause.DiscoveryJob("seed"),
        ChangedFields = kind == LifecycleKind.Changed ? ["tags.env"] : [],
    };
}
