using System.Text.RegularExpressions;

namespace Inventory.Domain.Accounts;

/// <summary>Field checks shared by registration and edits; each failure names the field it concerns.</summary>
internal static partial class AccountRules
{
    [GeneratedRegex(@"^\d{12}$")]
    private static partial Regex AccountIdPattern();

    [GeneratedRegex(@"^[a-z]{2}(-gov)?-[a-z]+-\d$")]
    private static partial Regex RegionPattern();

    [GeneratedRegex(@"^[A-Z0-9]{16,128}$")]
    private static partial Regex AccessKeyIdPattern();

    [GeneratedRegex(@"^[\w+=,.@-]{1,64}$")]
    private static partial Regex RoleNamePattern();

    [GeneratedRegex(@"^[\w+=,.@:/-]{2,1224}$")]
    private static partial Regex ExternalIdPattern();

    public static bool IsAccountId(string? value) => value is not null && AccountIdPattern().IsMatch(value);

    public static void AccountId(string? value, string field, Dictionary<string, string[]> errors)
    {
        if (!IsAccountId(value))
            errors[field] = [$"{field} must be exactly 12 digits."];
    }

    public static string? DisplayName(string? value, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
            errors["displayName"] = ["displayName is required."];
        else if (value.Trim().Length > 200)
            errors["displayName"] = ["displayName must be at most 200 characters."];
        return value?.Trim();
    }

    public static T? Choice<T>(string? value, string field, Dictionary<string, string[]> errors) where T : struct, Enum
    {
        // Enum.TryParse accepts numbers too; only the names are meaningful to a user.
        if (value is not null && !value.Any(char.IsDigit) && Enum.TryParse<T>(value, ignoreCase: true, out var parsed))
            return parsed;
        var names = string.Join(", ", Enum.GetNames<T>().Select(Camel));
        errors[field] = [$"{field} must be one of: {names}."];
        return null;
    }

    public static List<string> Regions(IReadOnlyList<string>? values, Dictionary<string, string[]> errors)
    {
        var regions = new List<string>();
        for (var i = 0; i < (values?.Count ?? 0); i++)
        {
            var region = values![i]?.Trim() ?? "";
            if (!RegionPattern().IsMatch(region))
                errors[$"regions[{i}]"] = [$"regions[{i}] '{region}' is not an AWS region name such as eu-west-1."];
            else if (!regions.Contains(region))
                regions.Add(region);
        }
        return regions;
    }

    public static void AccessKeyId(string? value, Dictionary<string, string[]> errors)
    {
        if (value is null || !AccessKeyIdPattern().IsMatch(value))
            errors["credentials.accessKeyId"] = ["credentials.accessKeyId must be 16 to 128 upper-case letters or digits."];
    }

    public static string RoleName(string? value, Dictionary<string, string[]> errors)
    {
        var name = string.IsNullOrWhiteSpace(value) ? StoredCredentials.DefaultRoleName : value.Trim();
        if (!RoleNamePattern().IsMatch(name))
            errors["credentials.roleName"] = ["credentials.roleName is not a valid IAM role name."];
        return name;
    }

    public static void ExternalId(string value, Dictionary<string, string[]> errors)
    {
        if (!ExternalIdPattern().IsMatch(value))
            errors["credentials.externalId"] = ["credentials.externalId must be 2 to 1224 characters of letters, digits or +=,.@:/-."];
    }

    public static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
