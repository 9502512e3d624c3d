using Inventory.Domain.Observations;

namespace Inventory.Domain.Tests.Observations;

public class VolatileFieldsTests
{
    [Fact]
    public void The_defaults_ignore_rds_restore_times_and_the_lambda_status_reason()
    {
        Assert.Equal(["LatestRestorableTime"], VolatileFields.Default.For("rds:db-instance"));
        Assert.Equal(["LatestRestorableTime", "EarliestRestorableTime"], VolatileFields.Default.For("rds:db-cluster"));
        Assert.Equal(["LastUpdateStatusReasonCode"], VolatileFields.Default.For("lambda:function"));
        Assert.Empty(VolatileFields.Default.For("ec2:instance"));
    }

    [Fact]
    public void The_resource_type_is_looked_up_ignoring_case()
    {
        Assert.Equal(["LatestRestorableTime"], VolatileFields.Default.For("RDS:DB-Instance"));
    }

    [Fact]
    public void A_custom_list_is_copied_so_later_edits_to_the_source_do_not_leak_in()
    {
        var paths = new[] { "LaunchTime" };
        var volatileFields = new VolatileFields(new Dictionary<string, string[]> { ["ec2:instance"] = paths });

        paths[0] = "Changed";

        Assert.Equal(["LaunchTime"], volatileFields.For("ec2:instance"));
        Assert.Empty(volatileFields.For("rds:db-instance"));
    }
}
