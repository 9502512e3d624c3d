using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Inventory.StubAws.Core;

/// <summary>
/// Recomputes a request's SigV4 signature from what arrived on the wire and the caller's secret, as AWS does,
/// so a client that signs for the wrong region, service or key is caught here and not in production.
/// </summary>
public static class SigV4Verifier
{
    /// <returns>Null when the signature matches, else what the stub expected (canonical request and string to sign).</returns>
    public static string? Problem(HttpRequest request, byte[] body, SigV4Authorization authorization, string secretAccessKey)
    {
        var amzDate = request.Headers["X-Amz-Date"].ToString();
        if (amzDate.Length != 16 || !amzDate.StartsWith(authorization.Date, StringComparison.Ordinal))
            return $"X-Amz-Date '{amzDate}' must be yyyyMMdd'T'HHmmss'Z' on the credential scope's date {authorization.Date}.";

        var canonicalRequest = CanonicalRequest(request, body, authorization);
        var stringToSign = $"AWS4-HMAC-SHA256\n{amzDate}\n{authorization.Scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)))}";
        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + secretAccessKey), authorization.Date);
        key = Hmac(key, authorization.Region);
        key = Hmac(key, authorization.Service);
        key = Hmac(key, "aws4_request");
        var expected = Hex(Hmac(key, stringToSign));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(authorization.Signature))
            ? null
            : $"The canonical request was:\n{canonicalRequest}\nThe string to sign was:\n{stringToSign}";
    }

    private static string CanonicalRequest(HttpRequest request, byte[] body, SigV4Authorization authorization)
    {
        var rawTarget = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path + request.QueryString;
        var queryStart = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var rawPath = queryStart < 0 ? rawTarget : rawTarget[..queryStart];
        var rawQuery = queryStart < 0 ? "" : rawTarget[(queryStart + 1)..];

        // Segment by segment, so an encoded slash inside a segment stays part of it. S3 signs its path encoded once;
        // every other service encodes the already-encoded path again.
        var segments = (rawPath.Length == 0 ? "/" : rawPath).Split('/')
            .Select(segment => Encode(Uri.UnescapeDataString(segment), keepSlash: false))
            .Select(once => authorization.Service == "s3" ? once : Encode(once, keepSlash: false));
        var canonicalPath = string.Join('/', segments);

        var headers = new StringBuilder();
        foreach (var name in authorization.SignedHeaders)
        {
            var values = request.Headers[name].Select(v => string.Join(' ', (v ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)));
            headers.Append(name).Append(':').Append(string.Join(',', values)).Append('\n');
        }

        var payloadHash = request.Headers["x-amz-content-sha256"].ToString() is { Length: > 0 } declared
            ? declared
            : Hex(SHA256.HashData(body));
        return string.Join('\n',
            request.Method, canonicalPath, CanonicalQuery(rawQuery), headers.ToString(), string.Join(';', authorization.SignedHeaders), payloadHash);
    }

    private static string CanonicalQuery(string rawQuery) =>
        string.Join('&', rawQuery.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair =>
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                var name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
                var value = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..]);
                return (name: Encode(name, keepSlash: false), value: Encode(value, keepSlash: false));
            })
            .OrderBy(p => p.name, StringComparer.Ordinal).ThenBy(p => p.value, StringComparer.Ordinal)
            .Select(p => p.name + "=" + p.value));

    /// <summary>RFC 3986 encoding as SigV4 defines it: unreserved characters stay, everything else is %XX in upper case.</summary>
    private static string Encode(string text, bool keepSlash)
    {
        var result = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~' || (keepSlash && c == '/'))
                result.Append(c);
            else
                result.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return result.ToString();
    }

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
