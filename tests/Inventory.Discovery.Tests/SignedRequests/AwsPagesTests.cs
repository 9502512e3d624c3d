using Inventory.Discovery.SignedRequests;

namespace Inventory.Discovery.Tests.SignedRequests;

public class AwsPagesTests
{
    private static async Task<List<T>> ToList<T>(IAsyncEnumerable<T> pages)
    {
        var list = new List<T>();
        await foreach (var page in pages)
            list.Add(page);
        return list;
    }

    [Fact]
    public async Task Pages_are_fetched_until_the_token_is_missing_or_empty()
    {
        var asked = new List<string?>();
        var pages = AwsPages.ReadAllAsync(
            (token, _) =>
            {
                asked.Add(token);
                return Task.FromResult(token switch { null => "a", "b" => "b", _ => "c" });
            },
            page => page switch { "a" => "b", "b" => "c", _ => "" },
            CancellationToken.None);

        Assert.Equal(["a", "b", "c"], await ToList(pages));
        Assert.Equal([null, "b", "c"], asked);
    }

    [Fact]
    public async Task A_token_handed_out_twice_fails_instead_of_paging_forever()
    {
        var pages = AwsPages.ReadAllAsync((_, _) => Task.FromResult("page"), _ => "same", CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => ToList(pages));
    }

    [Fact]
    public async Task Cancellation_stops_before_the_next_page()
    {
        using var cancellation = new CancellationTokenSource();
        var fetched = 0;
        var pages = AwsPages.ReadAllAsync(
            (_, _) => Task.FromResult(++fetched),
            page => page.ToString(System.Globalization.CultureInfo.InvariantCulture),
            cancellation.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in pages)
                await cancellation.CancelAsync();
        });
        Assert.Equal(1, fetched);
    }
}
