using Inventory.Domain.Assets;
using Inventory.Domain.Scopes;
using JasperFx.Events;

namespace Inventory.Domain.Tests.Scopes;

public class ScopeRecordProjectionTests
{
    private static readonly DateTimeOffset At = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly ScopeId Scope = new("111111111111", "eu-west-1", "ec2");
    private readonly ScopeRecordProjection _projection = new();

    [Fact]
    public void A_scope_scanned_moves_the_last_clean_scan_and_a_failure_does_not()
    {
        var record = _projection.Evolve(null, Scope.StreamKey,
            Event.AsEvent(new ScopeScanned("111111111111", "eu-west-1", "ec2", At, Cause.DiscoveryJob("job-1"), ScanCounts.None)))!;
        record = _projection.Evolve(record, Scope.StreamKey,
            Event.AsEvent(new ScopeScanFailed("111111111111", "eu-west-1", "ec2", At.AddHours(1), Cause.DiscoveryJob("job-2"), "Throttling", "Rate exceeded")))!;

        Assert.Equal(Scope.StreamKey, record.Id);
        Assert.Equal(At, record.LastCleanScanAt);
    }

    [Fact]
    public void A_scope_whose_first_scan_failed_has_no_clean_scan()
    {
        var record = _projection.Evolve(null, Scope.StreamKey,
            Event.AsEvent(new ScopeScanFailed("111111111111", "eu-west-1", "ec2", At, Cause.DiscoveryJob("job-1"), "AccessDenied", "denied")))!;

        Assert.Null(record.LastCleanScanAt);
    }

    [Fact]
    public void The_scope_stream_key_and_text_name_account_region_and_service()
    {
        Assert.Equal("scope:111111111111:eu-west-1:ec2", Scope.StreamKey);
        Assert.Equal("111111111111/eu-west-1/ec2", Scope.ToString());
    }
}
