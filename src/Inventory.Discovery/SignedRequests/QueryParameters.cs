using System.Collections;
using System.Text;

namespace Inventory.Discovery.SignedRequests;

/// <summary>
/// Ordered name/value pairs for a query-protocol form or a REST query string, with AWS's flattened list names
/// ("Filters.member.1.Name"); kept in order so requests are reproducible in tests.
/// </summary>
internal sealed class QueryParameters : IEnumerable<KeyValuePair<string, string>>
{
    private readonly List<KeyValuePair<string, string>> pairs = [];

    public int Count => pairs.Count;

    /// <summary>Adds a parameter; a null value is left out, as AWS treats a missing parameter as "not given".</summary>
    public QueryParameters Add(string name, string? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (value is not null)
            pairs.Add(new(name, value));
        return this;
    }

    /// <summary>A list of scalars: name.member.1, name.member.2, ... (RDS spells the member name per list, e.g. "Value").</summary>
    public QueryParameters AddList(string name, IEnumerable<string> values, string memberName = "member")
    {
        ArgumentNullException.ThrowIfNull(values);
        var index = 0;
        foreach (var value in values)
            Add($"{name}.{memberName}.{++index}", value);
        return this;
    }

    /// <summary>A list of structures: each member's own parameters nested as name.member.N.Field.</summary>
    public QueryParameters AddList(string name, IEnumerable<QueryParameters> members, string memberName = "member")
    {
        ArgumentNullException.ThrowIfNull(members);
        var index = 0;
        foreach (var member in members)
        {
            index++;
            foreach (var (field, value) in member)
                Add($"{name}.{memberName}.{index}.{field}", value);
        }
        return this;
    }

    /// <summary>A copy with one more parameter, so a page token never leaks into the caller's parameters.</summary>
    public QueryParameters With(string name, string? value)
    {
        var copy = new QueryParameters();
        copy.pairs.AddRange(pairs);
        return copy.Add(name, value);
    }

    /// <summary>RFC 3986 percent-encoding, the form AWS signs, so the wire text and the signed text agree.</summary>
    public string ToEncodedString()
    {
        var text = new StringBuilder();
        foreach (var (name, value) in pairs)
        {
            if (text.Length > 0)
                text.Append('&');
            text.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        }
        return text.ToString();
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => pairs.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
