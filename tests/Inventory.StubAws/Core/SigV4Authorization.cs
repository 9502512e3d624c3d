using System.Text.RegularExpressions;

namespace Inventory.StubAws.Core;

/// <summary>
/// A parsed SigV4 Authorization header:
/// AWS4-HMAC-SHA256 Credential=AKID/yyyyMMdd/region/service/aws4_request, SignedHeaders=a;b, Signature=hex64.
/// </summary>
public sealed partial record SigV4Authorization(
    string AccessKeyId, string Date, string Region, string Service, IReadOnlyList<string> SignedHeaders, string Signature)
{
    public string Scope => $"{Date}/{Region}/{Service}/aws4_request";

    /// <summary>The header's parts, or the reason it is not a well-formed SigV4 header.</summary>
    public static (SigV4Authorization? Authorization, string? Problem) Parse(string header)
    {
        var match = HeaderPattern().Match(header);
        if (!match.Success)
            return (null, $"'{header}' is not 'AWS4-HMAC-SHA256 Credential=<key>/<date>/<region>/<service>/aws4_request, SignedHeaders=<names>, Signature=<hex>'.");
        var signed = match.Groups["headers"].Value.Split(';');
        if (!signed.Contains("host"))
            return (null, "SignedHeaders must include host.");
        if (!signed.SequenceEqual(signed.Order(StringComparer.Ordinal)))
            return (null, "SignedHeaders must be sorted.");
        return (new SigV4Authorization(
            match.Groups["key"].Value, match.Groups["date"].Value, match.Groups["region"].Value, match.Groups["service"].Value,
            signed, match.Groups["signature"].Value), null);
    }

    [GeneratedRegex(
        @"^AWS4-HMAC-SHA256 Credential=(?<key>[A-Z0-9]{16,128})/(?<date>\d{8})/(?<region>[a-z0-9-]+)/(?<service>[a-z0-9-]+)/aws4_request,\s*SignedHeaders=(?<headers>[a-z0-9-]+(;[a-z0-9-]+)*),\s*Signature=(?<signature>[0-9a-f]{64})$")]
    private static partial Regex HeaderPattern();
}
