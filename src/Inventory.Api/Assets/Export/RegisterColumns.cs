using System.Globalization;
using Inventory.Domain.Assets;
using Inventory.Domain.Assets.Edits;

namespace Inventory.Api.Assets.Export;

/// <summary>One asset as a register row: every column's text, already safe from formula injection, and its last change time.</summary>
internal sealed record RegisterRow(string?[] Texts, DateTimeOffset LastChangedAt);

/// <summary>The columns of an exported register, in order; the last one, the last change time, is a date.</summary>
internal static class RegisterColumns
{
    /// <summary>Joins the values of a list column (IP addresses, DNS names, tags, dependencies) in one cell.</summary>
    public const string ListSeparator = "; ";

    public const string LastChanged = "Last changed (UTC)";

    public static readonly IReadOnlyList<string> Headers =
    [
        "Human ID", "Name", "Type", "Service", "Account", "Region", "Resource ID", "ARN", "Status", "Category", "Criticality", "Owner",
        "Department", "Version", "Classification", "GDPR relevant", "Personal data", "Backup enabled", "Monitoring enabled", "Vendor", "URL",
        "IP addresses", "DNS names", "Tags", "Depends on", "Description", "Notes", LastChanged,
    ];

    /// <summary>Column widths in characters, for the spreadsheet; the same order as <see cref="Headers"/>.</summary>
    public static readonly IReadOnlyList<double> Widths =
    [
        12, 32, 24, 12, 15, 14, 26, 48, 14, 16, 12, 20, 18, 12, 20, 10, 10, 10, 10, 18, 36, 26, 40, 40, 40, 48, 48, 20,
    ];

    public static int IndexOf(string header) => Headers.ToList().IndexOf(header) is var i and >= 0 ? i : throw new ArgumentException(header);

    public static RegisterRow Row(AssetView asset, string? category, IReadOnlyList<string> dependsOn)
    {
        string? Human(string field) => asset.Human.GetValueOrDefault(field);
        string?[] texts =
        [
            asset.HumanId, asset.Name, asset.ResourceType, asset.Service, asset.AccountId, asset.Region, asset.ResourceId, asset.Arn,
            asset.Status.ToString().ToLowerInvariant(), category, Human(HumanFields.Criticality), Human(HumanFields.Owner),
            Human(HumanFields.Department), Human(HumanFields.Version), Human(HumanFields.Classification), Flag(Human(HumanFields.GdprRelevant)),
            Flag(Human(HumanFields.PersonalData)), Flag(Human(HumanFields.BackupEnabled)), Flag(Human(HumanFields.MonitoringEnabled)),
            Human(HumanFields.Vendor), Human(HumanFields.Url), Join(asset.IpAddresses), Join(asset.DnsNames),
            Join(asset.Tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key + "=" + t.Value)), Join(dependsOn),
            Human(HumanFields.Description), Human(HumanFields.Notes),
        ];
        for (var i = 0; i < texts.Length; i++)
            texts[i] = FormulaGuard.Neutralise(texts[i]);
        return new RegisterRow(texts, asset.LastChangedAt);
    }

    /// <summary>The CSV form of a time: UTC, to the second, in the layout spreadsheets read as a date.</summary>
    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static string? Join(IEnumerable<string> values)
    {
        var text = string.Join(ListSeparator, values);
        return text.Length == 0 ? null : text;
    }

    private static string? Flag(string? value) => value switch
    {
        "true" => "yes",
        "false" => "no",
        _ => value,
    };
}
