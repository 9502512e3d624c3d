using Inventory.Domain.Assets;
using Inventory.Domain.DiscoveryJobs;
using Inventory.Domain.Reconciliation;
using Inventory.Domain.Scopes;

namespace Inventory.Domain.Tests.DiscoveryJobs;

public sealed class DryRunPreviewTests
{
    private static readonly ScopeId Scope = new("111111111111", "eu-west-1", "ec2");
    private static readonly DateTimeOffset At = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Cause Job = Cause.DiscoveryJob("job-1");

    [Fact]
    public void Every_append_becomes_an_item_named_from_its_event_or_its_last_description()
    {
        var seen = new AssetSeen("ast-new", Scope.AccountId, Scope.Region, Scope.Service, "ec2:instance",
            new Dictionary<string, string> { ["name"] = "web", ["arn"] = "arn:aws:ec2:eu-west-1:111111111111:instance/i-1", ["resource_id"] = "i-1" },
            false, At, Job);
        var changes = new[] { new FieldChange("state", "running", "stopped") };
        var changed = new AssetChanged("ast-old", Scope.AccountId, Scope.Region, Scope.Service, "ec2:instance", changes, At, Job);
        var gone = new AssetGone("ast-gone", Scope.AccountId, Scope.Region, Scope.Service, "ec2:instance", GoneReason.Terminated, At, At, Job);
        var decision = new ScopeDecision(Scope, [new AssetAppend("ast-new", true, seen), new AssetAppend("ast-old", false, changed), new AssetAppend("ast-gone", false, gone)],
            new object(), ScanCounts.None, []);
        var jobId = Guid.NewGuid();

        var preview = DryRunPreview.From(jobId, decision, id => new Dictionary<string, string> { ["name"] = id + "-name", ["resource_id"] = id + "-rid" });

        Assert.Equal($"job:{jobId:D}:111111111111:eu-west-1:ec2", preview.Id);
        Assert.Equal(
            [
                new PreviewItem(PreviewKind.New, "ast-new", "ec2:instance", "web", "arn:aws:ec2:eu-west-1:111111111111:instance/i-1", "i-1", [], null),
                new PreviewItem(PreviewKind.Changed, "ast-old", "ec2:instance", "ast-old-name", null, "ast-old-rid", changes, null),
                new PreviewItem(PreviewKind.Gone, "ast-gone", "ec2:instance", "ast-gone-name", null, "ast-gone-rid", [], GoneReason.Terminated),
            ],
            preview.Items, new PreviewItemComparer());
    }

    // Records compare their lists by reference; the items are equal when their changes are.
    private sealed class PreviewItemComparer : IEqualityComparer<PreviewItem>
    {
        public bool Equals(PreviewItem? x, PreviewItem? y) =>
            x is not null && y is not null && x with { Changes = [] } == y with { Changes = [] } && x.Changes.SequenceEqual(y.Changes);

        public int GetHashCode(PreviewItem obj) => obj.AssetId.GetHashCode(StringComparison.Ordinal);
    }
}
