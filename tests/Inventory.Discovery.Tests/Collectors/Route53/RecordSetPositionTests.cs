using Inventory.Discovery.Collectors.Route53;

namespace Inventory.Discovery.Tests.Collectors.Route53;

/// <summary>The three-part page token of ListResourceRecordSets survives any name or identifier.</summary>
public sealed class RecordSetPositionTests
{
    [Theory]
    [InlineData("www.example.com.", "CNAME", "green")]
    [InlineData("\\052.example.com.", "A", null)]
    [InlineData("odd.example.com.", "TXT", "id with \"quotes\", commas | pipes\nand a newline")]
    public void A_position_round_trips_through_its_token(string name, string type, string? identifier)
    {
        var position = new RecordSetPosition(name, type, identifier);

        Assert.Equal(position, RecordSetPosition.FromToken(position.ToToken()));
    }

    [Fact]
    public void No_token_is_the_start_and_asks_for_nothing_but_the_page_size() =>
        Assert.Equal([new("maxitems", "300")], RecordSetPosition.FromToken(null).Query());

    [Fact]
    public void A_position_without_identifier_leaves_the_parameter_out() =>
        Assert.Equal(
            [new("maxitems", "300"), new("name", "a.example.com."), new("type", "MX")],
            new RecordSetPosition("a.example.com.", "MX", null).Query());
}
