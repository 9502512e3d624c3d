using System.Globalization;
using System.Text;

namespace Inventory.StubAws.Core;

/// <summary>Opaque page tokens and page cuts, so every stub list API pages the same way.</summary>
public static class StubPaging
{
    private const string Prefix = "stub-page:";

    /// <summary>
    /// The items from the token's offset, at most min(<paramref name="maxResults"/>, <paramref name="pageSize"/>),
    /// and the token for the rest (null on the last page).
    /// </summary>
    public static (IReadOnlyList<T> Items, string? NextToken) Page<T>(
        IReadOnlyList<T> all, string? token, int? maxResults, int pageSize, string invalidTokenCode = "InvalidParameterValue")
    {
        var offset = string.IsNullOrEmpty(token) ? 0 : Offset(token, all.Count, invalidTokenCode);
        var size = Math.Max(1, Math.Min(maxResults ?? int.MaxValue, pageSize));
        var items = all.Skip(offset).Take(size).ToList();
        var next = offset + items.Count;
        return (items, next < all.Count ? Token(next) : null);
    }

    private static string Token(int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    private static int Offset(string token, int count, string invalidTokenCode)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
                && offset <= count)
                return offset;
        }
        catch (FormatException)
        {
        }
        throw new StubAwsException(invalidTokenCode, $"The pagination token '{token}' is invalid.");
    }
}
