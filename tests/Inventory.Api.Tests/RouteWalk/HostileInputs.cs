using System.Text;

namespace Inventory.Api.Tests.RouteWalk;

/// <summary>What an attacker tries in a path segment, a query value and a body: each one must be answered with a 2xx-4xx, quickly, and never echoed raw into HTML.</summary>
internal static class HostileInputs
{
    public const string Script = "<script>alert('walk')</script>";
    public static readonly string Oversized = new('x', 2 * 1024 * 1024);

    /// <summary>Path values, already escaped for a URL. No NUL: the server refuses a path with one before routing (400).</summary>
    public static readonly string[] PathValues =
    [
        "0", "-1", "99999999999999999999999999", "null", "%F0%9F%98%80", Uri.EscapeDataString(Script),
        "..%2F..%2Fetc%2Fpasswd", "'%20OR%201%3D1--", Guid.NewGuid().ToString(), new string('9', 5000),
        Uri.EscapeDataString("{\"id\":1}"), "%25", "%C0%AF",
    ];

    /// <summary>Query values for any parameter, unescaped (the walk escapes them, except the raw ones below).</summary>
    public static readonly string[] QueryValues =
    [
        "", "\0", "a\0b", "null", "[]", "-1", "0", "2147483648", "99999999999999999999999", "1e309", "NaN", "true",
        "😀", Script, "' OR 1=1--", "%", new string('x', 10_000), "2026-13-45", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
        "yesterday", "garbage-cursor", "name:", "name:zzz", "id:not-a-number", "createdAt:not-a-date", "humanId:abc",
        "eyJzb3J0IjoiaWQiLCJ2YWx1ZSI6Inh4In0", Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"sort\":\"humanId\",\"value\":\"x\",\"id\":\"y\"}")),
        "a,b,,c", "../../etc/passwd",
    ];

    /// <summary>
    /// Names tried on every GET without a path parameter: the asset list and its kin read their query by hand, so the document
    /// does not declare them.
    /// </summary>
    public static readonly string[] CommonQueryNames =
    [
        "service", "resourceType", "category", "accountId", "region", "owner", "department", "criticality", "classification", "status",
        "tag", "owner.exclude", "q", "sort", "pageSize", "cursor", "includeTotal", "at", "from", "to", "kind", "user", "limit",
    ];

    public static readonly string[] CommonQueryValues = ["\0", "a\0b", Script, "😀", "%", new string('x', 10_000), "-1", "2147483648", "garbage", "2026-13-45"];

    /// <summary>Cursors whose sort matches the request's but whose value was edited so it no longer reads as that sort's type.</summary>
    public static IEnumerable<string> EditedCursors() =>
        from sort in new[] { "name", "humanId", "criticality", "firstSeenAt", "lastChangedAt" }
        from value in new[] { "not-a-value", "\0", "99999999999999999999999" }
        select $"sort={sort}&cursor={Cursor(sort, value)}";

    private static string Cursor(string sort, string value) =>
        Convert.ToBase64String(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new { Sort = sort, Descending = false, Value = value, Id = "x" }))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Query strings sent as they are, past any escaping (an invalid escape, a repeated name).</summary>
    public static readonly string[] RawQuerySuffixes = ["%00", "%", "%ZZ", "%C0%AF"];

    /// <summary>Whole bodies that are not the object an endpoint expects.</summary>
    public static IEnumerable<(string Name, string Body)> RawBodies()
    {
        yield return ("null", "null");
        yield return ("empty", "");
        yield return ("array", "[]");
        yield return ("string", "\"text\"");
        yield return ("number", "123");
        yield return ("true", "true");
        yield return ("truncated", "{\"a\":");
        yield return ("unquoted", "{a:1}");
        yield return ("nul byte", "{\"a\":\"\0\"}");
        yield return ("deep arrays", new string('[', 5000) + new string(']', 5000));
        yield return ("deep objects", string.Concat(Enumerable.Repeat("{\"a\":", 5000)) + "1" + new string('}', 5000));
        yield return ("oversized", "{\"x\":\"" + Oversized + "\"}");
    }

    /// <summary>Values, as raw JSON, put in place of one property of an otherwise plausible body.</summary>
    public static IEnumerable<(string Name, string Json)> PropertyValues(bool isText)
    {
        yield return ("null", "null");
        yield return ("array", "[]");
        yield return ("object", "{\"a\":{\"b\":[1,2]}}");
        yield return ("huge number", "1e308");
        yield return ("negative", "-1");
        yield return ("long overflow", "99999999999999999999999999");
        if (isText)
        {
            yield return ("nul", "\"a\\u0000b\"");
            yield return ("emoji", "\"\ud83d\ude00\ud83d\udd25\"");
            yield return ("script", Text(Script));
            yield return ("oversized", Text(Oversized));
            yield return ("blank", "\"   \"");
            yield return ("bad date", "\"2026-13-45T25:61:00Z\"");
            yield return ("lone surrogate", "\"\\ud800\"");
            yield return ("metadata url", "\"http://169.254.169.254/latest/meta-data\"");
        }
        else
        {
            yield return ("text", "\"walk\"");
            yield return ("text with nul", "\"\\u0000\"");
            yield return ("script", Text(Script));
        }
    }

    private static string Text(string value) => System.Text.Json.JsonSerializer.Serialize(value);
}
