using System.Text.Json;

namespace Inventory.Domain.Assets.Edits;

public enum HumanFieldKind
{
    Text,
    LongText,
    Url,
    Choice,
    Flag,
}

/// <summary>A field people maintain on an asset; discovery never writes one.</summary>
public sealed record HumanField(string Name, HumanFieldKind Kind, IReadOnlyList<string> Choices)
{
    public const int TextLimit = 200;
    public const int LongTextLimit = 4000;
}

/// <summary>The human-maintained fields, their canonical values (lower-case choices, "true"/"false"), and how input becomes them.</summary>
public static class HumanFields
{
    public const string Category = "category";
    public const string Criticality = "criticality";
    public const string Owner = "owner";
    public const string Department = "department";
    public const string Vendor = "vendor";
    public const string Version = "version";
    public const string Url = "url";
    public const string Description = "description";
    public const string Notes = "notes";
    public const string Classification = "classification";
    public const string GdprRelevant = "gdprRelevant";
    public const string PersonalData = "personalData";
    public const string BackupEnabled = "backupEnabled";
    public const string MonitoringEnabled = "monitoringEnabled";

    public static readonly IReadOnlyList<string> Criticalities = ["critical", "high", "medium", "low"];
    public static readonly IReadOnlyList<string> Classifications = ["public", "internal", "confidential", "strictly-confidential"];

    public static readonly IReadOnlyList<HumanField> All =
    [
        new(Category, HumanFieldKind.Text, []),
        new(Criticality, HumanFieldKind.Choice, Criticalities),
        new(Owner, HumanFieldKind.Text, []),
        new(Department, HumanFieldKind.Text, []),
        new(Vendor, HumanFieldKind.Text, []),
        new(Version, HumanFieldKind.Text, []),
        new(Url, HumanFieldKind.Url, []),
        new(Description, HumanFieldKind.LongText, []),
        new(Notes, HumanFieldKind.LongText, []),
        new(Classification, HumanFieldKind.Choice, Classifications),
        new(GdprRelevant, HumanFieldKind.Flag, []),
        new(PersonalData, HumanFieldKind.Flag, []),
        new(BackupEnabled, HumanFieldKind.Flag, []),
        new(MonitoringEnabled, HumanFieldKind.Flag, []),
    ];

    private static readonly Dictionary<string, HumanField> ByName = All.ToDictionary(f => f.Name, StringComparer.Ordinal);

    public static bool IsHumanField(string name) => ByName.ContainsKey(name);

    /// <summary>
    /// Reads input fields into canonical values: a JSON null or an empty string clears a field. Unknown fields and bad values
    /// are errors keyed by the field name, so the API can name them.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> Parse(IReadOnlyDictionary<string, JsonElement> input, IDictionary<string, string[]> errors,
        string errorPrefix = "")
    {
        var values = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, element) in input)
        {
            if (!ByName.TryGetValue(name, out var field))
            {
                errors[errorPrefix + name] = [$"'{name}' is not a field people edit; they are: {string.Join(", ", All.Select(f => f.Name))}."];
                continue;
            }
            var (value, error) = Canonical(field, element);
            if (error is not null)
                errors[errorPrefix + name] = [error];
            else
                values[name] = value;
        }
        return values;
    }

    private static (string? Value, string? Error) Canonical(HumanField field, JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Null)
            return (null, null);
        if (field.Kind == HumanFieldKind.Flag)
        {
            return element.ValueKind switch
            {
                JsonValueKind.True => ("true", null),
                JsonValueKind.False => ("false", null),
                _ => (null, $"{field.Name} must be true, false or null."),
            };
        }
        if (element.ValueKind != JsonValueKind.String)
            return (null, $"{field.Name} must be a string or null.");
        var text = element.GetString()!.Trim();
        if (text.Length == 0)
            return (null, null);
        switch (field.Kind)
        {
            case HumanFieldKind.Choice:
                var choice = text.ToLowerInvariant().Replace('_', '-').Replace(' ', '-');
                return field.Choices.Contains(choice) ? (choice, null) : (null, $"{field.Name} must be one of: {string.Join(", ", field.Choices)}.");
            case HumanFieldKind.Url:
                return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
                    ? (text, null)
                    : (null, $"{field.Name} must be an absolute http or https URL.");
            default:
                var limit = field.Kind == HumanFieldKind.LongText ? HumanField.LongTextLimit : HumanField.TextLimit;
                if (text.Length > limit)
                    return (null, $"{field.Name} must be at most {limit} characters.");
                return text.Any(char.IsControl) && field.Kind != HumanFieldKind.LongText
                    ? (null, $"{field.Name} must not contain control characters.")
                    : (text, null);
        }
    }

    /// <summary>The changes that take <paramref name="current"/> to the requested values; fields set to what they are already are left out.</summary>
    public static IReadOnlyList<FieldChange> Diff(IReadOnlyDictionary<string, string> current, IReadOnlyDictionary<string, string?> requested) =>
        requested
            .Select(r => new FieldChange(r.Key, current.TryGetValue(r.Key, out var old) ? old : null, r.Value))
            .Where(c => c.Old != c.New)
            .OrderBy(c => c.Field, StringComparer.Ordinal)
            .ToList();

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
}
