using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Inventory.Discovery.Tests.SignedRequests;

/// <summary>
/// An independent, minimal SigV4 verifier (canonical request, string to sign, HMAC chain), written from AWS's
/// specification rather than with the SDK, so the client's signatures are checked against something other than themselves.
/// </summary>
internal static partial class SigV4Check
{
    internal sealed record Authorization(string AccessKey, string Date, string Region, string Service, string[] SignedHeaders, string Signature)
    {
        public string Scope => $"{Date}/{Region}/{Service}/aws4_request";
    }

    [GeneratedRegex(
        "^AWS4-HMAC-SHA256 Credential=(?<key>[^/]+)/(?<date>\\d{8})/(?<region>[^/]+)/(?<service>[^/]+)/aws4_request, "
        + "SignedHeaders=(?<headers>[a-z0-9;-]+), Signature=(?<signature>[0-9a-f]{64})$")]
    private static partial Regex AuthorizationFormat();

    public static Authorization? ParseAuthorization(string? header)
    {
        var match = header is null ? null : AuthorizationFormat().Match(header);
        if (match is not { Success: true })
            return null;
        return new Authorization(
            match.Groups["key"].Value,
            match.Groups["date"].Value,
            match.Groups["region"].Value,
            match.Groups["service"].Value,
            match.Groups["headers"].Value.Split(';'),
            match.Groups["signature"].Value);
    }

    public static bool Matches(RecordedRequest request, string secretKey)
    {
        var authorization = ParseAuthorization(request.Header("Authorization"));
        return authorization is not null && ExpectedSignature(request, authorization, secretKey) == authorization.Signature;
    }

    public static string ExpectedSignature(RecordedRequest request, Authorization authorization, string secretKey)
    {
        var amzDate = request.Header("X-Amz-Date") ?? throw new InvalidOperationException("No X-Amz-Date.");
        var stringToSign = string.Join(
            '\n', "AWS4-HMAC-SHA256", amzDate, authorization.Scope, Hex(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalRequest(request, authorization.SignedHeaders)))));

        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + secretKey), authorization.Date);
        key = Hmac(key, authorization.Region);
        key = Hmac(key, authorization.Service);
        key = Hmac(key, "aws4_request");
        return Hex(Hmac(key, stringToSign));
    }

    public static string CanonicalRequest(RecordedRequest request, IReadOnlyList<string> signedHeaders) =>
        string.Join(
            '\n',
            request.Method,
            CanonicalUri(request.Path),
            CanonicalQuery(request.Query),
            string.Concat(signedHeaders.Select(name => $"{name}:{CanonicalHeaderValue(request.Header(name) ?? "")}\n")),
            string.Join(';', signedHeaders),
            Hex(SHA256.HashData(request.Body)));

    // Every service but S3 signs each path segment encoded once more on top of its wire encoding.
    private static string CanonicalUri(string rawPath) =>
        rawPath.Length == 0 ? "/" : string.Join('/', rawPath.Split('/').Select(Encode));

    private static string CanonicalQuery(string rawQuery) =>
        string.Join(
            '&',
            rawQuery.Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Select(pair => pair.Split('=', 2))
                .Select(parts => (Name: Encode(Decode(parts[0])), Value: parts.Length > 1 ? Encode(Decode(parts[1])) : ""))
                .OrderBy(p => p.Name, StringComparer.Ordinal)
                .ThenBy(p => p.Value, StringComparer.Ordinal)
                .Select(p => $"{p.Name}={p.Value}"));

    private static string CanonicalHeaderValue(string value) => string.Join(' ', value.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    /// <summary>RFC 3986: unreserved characters as they are, every other byte as %XX.</summary>
    private static string Encode(string text)
    {
        var encoded = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
                encoded.Append(c);
            else
                encoded.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return encoded.ToString();
    }

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

    public static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
