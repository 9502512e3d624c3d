using System.Text.RegularExpressions;
using Inventory.Domain.Assets;

namespace Inventory.Domain.Categories;

public sealed record CategoryInput(string? Slug, string? Name, string? Description, string? Icon, string? Colour);

public abstract record CategoryDecision
{
    public sealed record Accepted(IReadOnlyList<object> Events) : CategoryDecision;

    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : CategoryDecision;

    public sealed record NotFound(string Slug) : CategoryDecision;

    public sealed record Conflict(string Detail) : CategoryDecision;
}

public static partial class CategoryRules
{
    /// <summary>The categories a new register starts with, and the service each covers by default.</summary>
    public static readonly IReadOnlyList<(string Slug, string Name, string Icon, string Colour, string[] Services)> Defaults =
    [
        ("compute", "Compute", "cpu", "#0d6efd", ["ec2", "lambda"]),
        ("containers", "Containers", "box", "#6610f2", ["eks", "ecr"]),
        ("network", "Network", "diagram-3", "#20c997", ["vpc", "elbv2", "cloudfront", "route53"]),
        ("database", "Databases", "database", "#fd7e14", ["rds", "elasticache", "opensearch"]),
        ("storage", "Storage", "hdd", "#6c757d", ["s3"]),
        ("messaging", "Messaging", "envelope", "#d63384", ["msk"]),
        ("identity", "Identity", "person-badge", "#198754", ["cognito"]),
        ("applications", "Applications", "window", "#0dcaf0", ["manual"]),
    ];

    public static IReadOnlyList<object> SeedEvents(Cause cause, DateTimeOffset at) =>
    [
        .. Defaults.Select(d => (object)new CategoryDefined(d.Slug, d.Name, null, d.Icon, d.Colour, cause, at)),
        .. Defaults.SelectMany(d => d.Services.Select(s => (object)new ServiceCategoryMapped(s, d.Slug, cause, at))),
    ];

    public static CategoryDecision Define(CategoryView? existing, CategoryInput input, Cause cause, DateTimeOffset at)
    {
        var errors = Validate(input, requireSlug: true);
        if (errors.Count > 0)
            return new CategoryDecision.Invalid(errors);
        if (existing is { Removed: false })
            return new CategoryDecision.Conflict($"A category with the slug '{input.Slug}' exists already.");
        return new CategoryDecision.Accepted([new CategoryDefined(input.Slug!, input.Name!.Trim(), Trim(input.Description), Trim(input.Icon), Trim(input.Colour), cause, at)]);
    }

    public static CategoryDecision Change(string slug, CategoryView? existing, CategoryInput input, Cause cause, DateTimeOffset at)
    {
        if (existing is not { Removed: false })
            return new CategoryDecision.NotFound(slug);
        var errors = Validate(input, requireSlug: false);
        if (errors.Count > 0)
            return new CategoryDecision.Invalid(errors);
        var changed = new CategoryChanged(slug, input.Name!.Trim(), Trim(input.Description), Trim(input.Icon), Trim(input.Colour), cause, at);
        var same = changed.Name == existing.Name && changed.Description == existing.Description && changed.Icon == existing.Icon && changed.Colour == existing.Colour;
        return new CategoryDecision.Accepted(same ? [] : [changed]);
    }

    /// <summary>A category still some service's default cannot go: that service's assets would fall in none.</summary>
    public static CategoryDecision Remove(string slug, CategoryView? existing, ServiceCategoryMap? map, Cause cause, DateTimeOffset at)
    {
        if (existing is not { Removed: false })
            return new CategoryDecision.NotFound(slug);
        var services = map?.Services.Where(s => s.Value == slug).Select(s => s.Key).Order(StringComparer.Ordinal).ToList() ?? [];
        if (services.Count > 0)
            return new CategoryDecision.Conflict($"Category '{slug}' is the default of {string.Join(", ", services)}; map those services elsewhere first.");
        return new CategoryDecision.Accepted([new CategoryRemoved(slug, cause, at)]);
    }

    /// <param name="knownServices">The services the register has assets of: the collectors' and "manual".</param>
    public static CategoryDecision Map(string service, IReadOnlySet<string> knownServices, string? slug, Func<string, bool> categoryExists,
        ServiceCategoryMap? map, Cause cause, DateTimeOffset at)
    {
        if (!ServiceName().IsMatch(service))
            return new CategoryDecision.Invalid(new Dictionary<string, string[]> { ["service"] = [$"'{service}' is not a service name."] });
        // A mapping already stored can always be changed or removed, even for a service no collector lists any more.
        if (!knownServices.Contains(service) && map?.Services.ContainsKey(service) != true)
            return new CategoryDecision.Invalid(new Dictionary<string, string[]>
                { ["service"] = [$"'{service}' is not a service the register knows; known: {string.Join(", ", knownServices.Order(StringComparer.Ordinal))}."] });
        if (slug is not null && !categoryExists(slug))
            return new CategoryDecision.Invalid(new Dictionary<string, string[]> { ["category"] = [$"There is no category '{slug}'."] });
        var current = map?.Services.GetValueOrDefault(service);
        return new CategoryDecision.Accepted(current == slug ? [] : [new ServiceCategoryMapped(service, slug, cause, at)]);
    }

    private static Dictionary<string, string[]> Validate(CategoryInput input, bool requireSlug)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (requireSlug && (input.Slug is null || !Slug().IsMatch(input.Slug)))
            errors["slug"] = ["slug must be 1 to 40 lower-case letters, digits or hyphens, starting with a letter."];
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 80)
            errors["name"] = ["name is required, at most 80 characters."];
        if (input.Description is { Length: > 500 })
            errors["description"] = ["description must be at most 500 characters."];
        if (input.Icon is not null && !Icon().IsMatch(input.Icon.Trim()))
            errors["icon"] = ["icon must be an icon name: lower-case letters, digits and hyphens."];
        if (input.Colour is not null && !Colour().IsMatch(input.Colour.Trim()))
            errors["colour"] = ["colour must be a hex colour like #1f6feb."];
        return errors;
    }

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex("^[a-z][a-z0-9-]{0,39}$")]
    private static partial Regex Slug();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex Icon();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex Colour();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex ServiceName();
}
