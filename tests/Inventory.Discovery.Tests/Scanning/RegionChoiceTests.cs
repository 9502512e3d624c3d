using Inventory.Discovery.Scanning;

namespace Inventory.Discovery.Tests.Scanning;

public sealed class RegionChoiceTests
{
    private static readonly string[] Enabled = ["ap-south-1", "us-east-1"];

    [Fact]
    public async Task The_accounts_own_list_wins_and_aws_is_not_asked()
    {
        var asked = 0;
        var regions = await RegionChoice.For(["eu-west-1"], ["us-west-2"], () => { asked++; return Task.FromResult<IReadOnlyList<string>>(Enabled); });

        Assert.Equal(["eu-west-1"], regions);
        Assert.Equal(0, asked);
    }

    [Fact]
    public async Task Without_an_account_list_the_configured_default_is_used()
    {
        var asked = 0;
        var regions = await RegionChoice.For([], ["us-west-2", "eu-north-1"], () => { asked++; return Task.FromResult<IReadOnlyList<string>>(Enabled); });

        Assert.Equal(["us-west-2", "eu-north-1"], regions);
        Assert.Equal(0, asked);
    }

    [Fact]
    public async Task Without_either_list_every_enabled_region_is_scanned()
    {
        var regions = await RegionChoice.For([], [], () => Task.FromResult<IReadOnlyList<string>>(Enabled));

        Assert.Equal(Enabled, regions);
    }
}
