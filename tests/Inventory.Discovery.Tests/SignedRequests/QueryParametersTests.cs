using Inventory.Discovery.SignedRequests;

namespace Inventory.Discovery.Tests.SignedRequests;

public class QueryParametersTests
{
    [Fact]
    public void Parameters_keep_their_order_and_are_percent_encoded_as_aws_signs_them()
    {
        var parameters = new QueryParameters { { "b", "x y" }, { "a", "1+1/2=~ok" }, { "skipped", null }, { "empty", "" } };

        Assert.Equal("b=x%20y&a=1%2B1%2F2%3D~ok&empty=", parameters.ToEncodedString());
        Assert.Equal(3, parameters.Count);
    }

    [Fact]
    public void Lists_are_flattened_with_one_based_member_numbers()
    {
        var parameters = new QueryParameters()
            .AddList("Names", ["a", "b"])
            .AddList("Filters", [new QueryParameters().Add("Name", "vpc-id").AddList("Values", ["vpc-1"]), new QueryParameters().Add("Name", "state")]);

        Assert.Equal(
            [
                KeyValuePair.Create("Names.member.1", "a"),
                KeyValuePair.Create("Names.member.2", "b"),
                KeyValuePair.Create("Filters.member.1.Name", "vpc-id"),
                KeyValuePair.Create("Filters.member.1.Values.member.1", "vpc-1"),
                KeyValuePair.Create("Filters.member.2.Name", "state"),
            ],
            parameters);
    }

    [Fact]
    public void With_copies_so_the_original_is_left_alone()
    {
        var original = new QueryParameters().Add("MaxRecords", "20");

        var next = original.With("Marker", "m");

        Assert.Equal("MaxRecords=20", original.ToEncodedString());
        Assert.Equal("MaxRecords=20&Marker=m", next.ToEncodedString());
        Assert.Equal("MaxRecords=20", original.With("Marker", null).ToEncodedString());
    }
}
