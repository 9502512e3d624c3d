using System.Runtime.CompilerServices;

namespace Inventory.Discovery.SignedRequests;

/// <summary>Reads every page of an AWS list API, so a collector never stops at the first page.</summary>
internal static class AwsPages
{
    /// <param name="fetchPage">Fetches one page; null asks for the first.</param>
    /// <param name="nextToken">The token of the following page, or null/empty on the last page.</param>
    public static async IAsyncEnumerable<TPage> ReadAllAsync<TPage>(
        Func<string?, CancellationToken, Task<TPage>> fetchPage,
        Func<TPage, string?> nextToken,
        [EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        ArgumentNullException.ThrowIfNull(nextToken);

        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? token = null;
        do
        {
            ct.ThrowIfCancellationRequested();
            var page = await fetchPage(token, ct).ConfigureAwait(false);
            yield return page;
            token = nextToken(page);
            // A token handed out twice would page forever; failing the scan beats hanging it.
            if (!string.IsNullOrEmpty(token) && !seen.Add(token))
                throw new InvalidOperationException($"The service returned the page token '{token}' twice.");
        }
        while (!string.IsNullOrEmpty(token));
    }
}
