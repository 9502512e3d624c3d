using System.Text.Json;

namespace Inventory.Domain.Assets.Edits;

/// <summary>The outcome of a person's command on assets: events to append, or why not.</summary>
public abstract record EditDecision
{
    public sealed record Accepted(IReadOnlyList<object> Events) : EditDecision;

    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : EditDecision;

    public sealed record NotFound(string AssetId) : EditDecision;
}

/// <summary>A manual asset as a person describes it, already read from JSON.</summary>
public sealed record ManualAssetInput(string? Name, string? Kind, IReadOnlyList<string>? IpAddresses, IReadOnlyList<string>? DnsNames,
    IReadOnlyDictionary<string, JsonElement>? Fields);

public static class EditRules
{
    /// <summary>A manual asset's name is a person's to change; a discovered one's comes from AWS.</summary>
    public const string NameField = "name";

    public static EditDecision Register(string assetId, long number, ManualAssetInput input, Func<string, bool> categoryExists, Cause cause,
        DateTimeOffset at)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name))
            errors["name"] = ["name is required."];
        else if (name.Length > HumanField.TextLimit)
            errors["name"] = [$"name must be at most {HumanField.TextLimit} characters."];
        ManualAssetKind kind = default;
        if (input.Kind is null || !TryKind(input.Kind, out kind))
            errors["kind"] = ["kind must be one of: self-hosted, saas, on-premise."];
        var ips = Clean(input.IpAddresses, "ipAddresses", errors, text => System.Net.IPAddress.TryParse(text, out _), "an IP address");
        var dns = Clean(input.DnsNames, "dnsNames", errors, text => Uri.CheckHostName(text) == UriHostNameType.Dns, "a DNS name");
        var fields = HumanFields.Parse(input.Fields ?? new Dictionary<string, JsonElement>(), errors, "fields.");
        CheckCategory(fields, categoryExists, errors, "fields.");
        if (errors.Count > 0)
            return new EditDecision.Invalid(errors);
        var set = fields.Where(f => f.Value is not null).ToDictionary(f => f.Key, f => f.Value!, StringComparer.Ordinal);
        return new EditDecision.Accepted([new ManualAssetRegistered(assetId, number, kind, name!, ips, dns, set, cause, at)]);
    }

    /// <summary>Changes the requested fields; asking for the values they already have appends nothing.</summary>
    public static EditDecision Edit(string assetId, AssetEditState? state, IReadOnlyDictionary<string, JsonElement> input,
        Func<string, bool> categoryExists, Cause cause, DateTimeOffset at)
    {
        if (state is null)
            return new EditDecision.NotFound(assetId);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var human = input.Where(i => i.Key != NameField).ToDictionary(i => i.Key, i => i.Value, StringComparer.Ordinal);
        var requested = HumanFields.Parse(human, errors);
        CheckCategory(requested, categoryExists, errors, "");
        var changes = HumanFields.Diff(state.Fields, requested).ToList();
        if (input.TryGetValue(NameField, out var nameElement))
        {
            var name = nameElement.ValueKind == JsonValueKind.String ? nameElement.GetString()!.Trim() : null;
            if (!state.Manual)
                errors[NameField] = ["A discovered asset's name comes from AWS; change it there."];
            else if (string.IsNullOrEmpty(name) || name.Length > HumanField.TextLimit)
                errors[NameField] = [$"name must be a non-empty string of at most {HumanField.TextLimit} characters."];
            else if (name != state.Name)
                changes.Insert(0, new FieldChange(NameField, state.Name, name));
        }
        if (errors.Count > 0)
            return new EditDecision.Invalid(errors);
        return new EditDecision.Accepted(changes.Count == 0 ? [] : [new AssetEdited(assetId, changes, cause, at)]);
    }

    public static EditDecision Decommission(string assetId, AssetEditState? state, string? reason, Cause cause, DateTimeOffset at)
    {
        if (state is null)
            return new EditDecision.NotFound(assetId);
        if (reason is { Length: > HumanField.LongTextLimit })
            return new EditDecision.Invalid(new Dictionary<string, string[]> { ["reason"] = [$"reason must be at most {HumanField.LongTextLimit} characters."] });
        return new EditDecision.Accepted(state.Decommissioned ? [] : [new AssetDecommissioned(assetId, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), cause, at)]);
    }

    public static bool TryKind(string text, out ManualAssetKind kind)
    {
        kind = text.Trim().ToLowerInvariant() switch
        {
            "self-hosted" or "selfhosted" or "self_hosted" => ManualAssetKind.SelfHosted,
            "saas" => ManualAssetKind.Saas,
            "on-premise" or "onpremise" or "on_premise" => ManualAssetKind.OnPremise,
            _ => (ManualAssetKind)(-1),
        };
        return Enum.IsDefined(kind);
    }

    private static void CheckCategory(IReadOnlyDictionary<string, string?> fields, Func<string, bool> categoryExists, Dictionary<string, string[]> errors,
        string prefix)
    {
        if (fields.TryGetValue(HumanFields.Category, out var category) && category is not null && !categoryExists(category))
            errors[prefix + HumanFields.Category] = [$"There is no category '{category}'."];
    }

    private static List<string> Clean(IReadOnlyList<string>? values, string field, Dictionary<string, string[]> errors, Func<string, bool> valid,
        string what)
    {
        var cleaned = (values ?? []).Select(v => v?.Trim() ?? "").Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        var bad = cleaned.Where(v => !valid(v)).ToList();
        if (bad.Count > 0)
            errors[field] = [$"{string.Join(", ", bad)} {(bad.Count == 1 ? "is not" : "are not")} {what}."];
        return cleaned;
    }
}
