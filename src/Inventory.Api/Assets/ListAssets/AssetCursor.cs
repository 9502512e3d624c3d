using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Inventory.Api.Assets.ListAssets;

/// <summary>Where the last page ended: the sort key's value and the id of its last row, opaque to clients.</summary>
public sealed record AssetCursor(string Sort, bool Descending, string Value, string Id)
{
    public string Encode() => Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(this)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Whether the value reads as the sort column's type: a hand-edited cursor is a 400, not a failed query.</summary>
    public bool Fits(string? column) => !Value.Contains('\0') && !Id.Contains('\0') && column switch
    {
        "number" => long.TryParse(Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
        "criticality_rank" => int.TryParse(Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
        "first_seen_at" or "last_changed_at" => DateTimeOffset.TryParse(Value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _),
        _ => true,
    };

    public static AssetCursor? Decode(string text)
    {
        try
        {
            var base64 = text.Replace('-', '+').Replace('_', '/');
            base64 += new string('=', (4 - base64.Length % 4) % 4);
            var cursor = JsonSerializer.Deserialize<AssetCursor>(Convert.FromBase64String(base64));
            return cursor is { Sort: not null, Value: not null, Id: not null } ? cursor : null;
        }
        catch (Exception e) when (e is FormatException or JsonException or DecoderFallbackException)
        {
            return null;
        }
    }
}
