using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Inventory.Domain.Assets;

namespace Inventory.Domain.Observations;

/// <summary>
/// The normalised description of a resource: a flat, ordered map of field path to canonical text.
/// Equal descriptions mean an unchanged resource; the diff of two is the field-level change.
/// </summary>
public static class AssetDescription
{
    public const string Arn = "arn";
    public const string ResourceId = "resource_id";
    public const string Name = "name";
    public const string State = "state";
    public const string IpAddresses = "ip_addresses";
    public const string DnsNames = "dns_names";
    public const string TagPrefix = "tags.";
    public const string AttributePrefix = "attributes.";
    public const string RelatedPrefix = "related.";

    public static SortedList<string, string> Normalise(Observation observation, VolatileFields volatileFields)
    {
        // Gathered in a hash map and sorted once: inserting into a sorted map field by field costs several times more.
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        Put(fields, Arn, observation.Arn);
        Put(fields, ResourceId, observation.ResourceId);
        Put(fields, Name, observation.Name);
        Put(fields, State, observation.State);
        foreach (var (key, value) in observation.Tags)
            fields[TagPrefix + key] = value;
        PutList(fields, IpAddresses, observation.IpAddresses);
        PutList(fields, DnsNames, observation.DnsNames);
        foreach (var group in observation.Related.GroupBy(r => r.Kind, StringComparer.Ordinal))
            PutList(fields, RelatedPrefix + group.Key, group.Select(r => r.Id).ToList());
        if (observation.Attributes is { } attributes)
            Flatten(fields, "attributes", attributes);

        var ignored = volatileFields.For(observation.ResourceType);
        if (ignored.Count > 0)
        {
            foreach (var key in fields.Keys.Where(k => IsIgnored(k, ignored)).ToList())
                fields.Remove(key);
        }
        return new SortedList<string, string>(fields, StringComparer.Ordinal);
    }

    /// <summary>Changes from old to new, ordered by field name; empty when the descriptions are equal.</summary>
    public static IReadOnlyList<FieldChange> Diff(IReadOnlyDictionary<string, string> old, IReadOnlyDictionary<string, string> @new)
    {
        var changes = new List<FieldChange>();
        foreach (var (key, oldValue) in old)
        {
            if (!@new.TryGetValue(key, out var newValue))
                changes.Add(new FieldChange(key, oldValue, null));
            else if (!string.Equals(oldValue, newValue, StringComparison.Ordinal))
                changes.Add(new FieldChange(key, oldValue, newValue));
        }
        foreach (var (key, newValue) in @new)
        {
            if (!old.ContainsKey(key))
                changes.Add(new FieldChange(key, null, newValue));
        }
        changes.Sort((a, b) => string.CompareOrdinal(a.Field, b.Field));
        return changes;
    }

    /// <summary>Applies recorded changes to a description, as a projection replays them.</summary>
    public static void Apply(IDictionary<string, string> fields, IEnumerable<FieldChange> changes)
    {
        foreach (var change in changes)
        {
            if (change.New is null)
                fields.Remove(change.Field);
            else
                fields[change.Field] = change.New;
        }
    }

    /// <summary>A short stable hash of the description, so an unchanged resource is recognised without comparing every field.</summary>
    public static string Fingerprint(IEnumerable<KeyValuePair<string, string>> fields)
    {
        // Already ordered for the reconciler's and projections' sorted maps; sorting again only costs.
        var ordered = fields is SortedList<string, string> { Comparer: var listOrder } && listOrder == StringComparer.Ordinal
                      || fields is SortedDictionary<string, string> { Comparer: var mapOrder } && mapOrder == StringComparer.Ordinal
            ? fields
            : fields.OrderBy(f => f.Key, StringComparer.Ordinal);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
        foreach (var (key, value) in ordered)
        {
            AppendLengthPrefixed(buffer, key);
            AppendLengthPrefixed(buffer, value);
        }
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(buffer.WrittenSpan, hash);
        return Convert.ToHexStringLower(hash[..16]);
    }

    // Length prefixes, not separators: no value can imitate a field boundary.
    private static void AppendLengthPrefixed(System.Buffers.ArrayBufferWriter<byte> buffer, string text)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(buffer.GetSpan(4), length);
        buffer.Advance(4);
        Encoding.UTF8.GetBytes(text, buffer.GetSpan(length));
        buffer.Advance(length);
    }

    public static string? Get(IReadOnlyDictionary<string, string> fields, string key) =>
        fields.TryGetValue(key, out var value) ? value : null;

    public static IReadOnlyList<string> GetList(IReadOnlyDictionary<string, string> fields, string key) =>
        fields.TryGetValue(key, out var value) ? JsonSerializer.Deserialize<string[]>(value) ?? [] : [];

    public static Dictionary<string, string> WithPrefix(IReadOnlyDictionary<string, string> fields, string prefix) =>
        fields.Where(f => f.Key.StartsWith(prefix, StringComparison.Ordinal))
            .ToDictionary(f => f.Key[prefix.Length..], f => f.Value, StringComparer.Ordinal);

    private static bool IsIgnored(string key, IReadOnlyList<string> ignoredPaths)
    {
        if (!key.StartsWith(AttributePrefix, StringComparison.Ordinal))
            return false;
        var path = key.AsSpan(AttributePrefix.Length);
        foreach (var ignored in ignoredPaths)
        {
            if (path.SequenceEqual(ignored) || (path.StartsWith(ignored, StringComparison.Ordinal) && path.Length > ignored.Length && path[ignored.Length] == '.'))
                return true;
        }
        return false;
    }

    private static void Put(Dictionary<string, string> fields, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
            fields[key] = value;
    }

    // Lists are sets to AWS (addresses, names, related ids): order and duplicates carry no meaning.
    /// <summary>A list's canonical text: distinct, ordered, as a JSON array, so order is never a change.</summary>
    public static string ListValue(IEnumerable<string> values) =>
        JsonSerializer.Serialize(values.Where(v => !string.IsNullOrEmpty(v)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray());

    private static void PutList(Dictionary<string, string> fields, string key, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
            return;
        var canonical = values.Where(v => !string.IsNullOrEmpty(v)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (canonical.Length > 0)
            fields[key] = JsonSerializer.Serialize(canonical);
    }

    private static void Flatten(Dictionary<string, string> fields, string path, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                    Flatten(fields, path + "." + property.Name, property.Value);
                break;
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                break;
            case JsonValueKind.String:
                fields[path] = element.GetString()!;
                break;
            case JsonValueKind.Array when element.GetArrayLength() == 0:
                break;
            case JsonValueKind.Array:
                // Arrays keep their compact JSON text, whatever whitespace the source had.
                fields[path] = JsonSerializer.Serialize(element);
                break;
            default:
                // Numbers and booleans are their JSON text.
                fields[path] = element.GetRawText();
                break;
        }
    }
}
