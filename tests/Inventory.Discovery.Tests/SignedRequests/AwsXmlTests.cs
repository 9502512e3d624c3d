using System.Xml.Linq;
using Inventory.Discovery.SignedRequests;

namespace Inventory.Discovery.Tests.SignedRequests;

public class AwsXmlTests
{
    private static readonly XElement Answer = XElement.Parse(
        """
        <DescribeCacheClustersResult xmlns="http://elasticache.amazonaws.com/doc/2015-02-02/">
          <CacheClusters>
            <CacheCluster><CacheClusterId>c1</CacheClusterId><Endpoint><Address>c1.cache</Address></Endpoint></CacheCluster>
            <CacheCluster><CacheClusterId>c2</CacheClusterId></CacheCluster>
          </CacheClusters>
        </DescribeCacheClustersResult>
        """);

    [Fact]
    public void Paths_are_read_by_local_name_whatever_the_namespace()
    {
        Assert.Equal(["c1", "c2"], Answer.All("CacheClusters", "CacheCluster").Select(c => c.TextAt("CacheClusterId")));
        Assert.Equal("c1.cache", Answer.TextAt("CacheClusters", "CacheCluster", "Endpoint", "Address"));
        Assert.Equal(2, Answer.Child("CacheClusters")!.Children("CacheCluster").Count());
    }

    [Fact]
    public void Missing_steps_read_as_null_or_empty()
    {
        Assert.Null(Answer.TextAt("CacheClusters", "Nope", "Address"));
        Assert.Null(Answer.At("Marker"));
        Assert.Empty(Answer.All("Nope", "CacheCluster"));
    }

    [Fact]
    public void A_value_of_only_whitespace_is_kept_as_sent()
    {
        var tags = AwsXml.Parse("<ListTagsForResourceResult><TagList><Tag><Key>blank</Key><Value> </Value></Tag></TagList></ListTagsForResourceResult>");

        Assert.Equal(" ", tags.TextAt("TagList", "Tag", "Value"));
    }
}
