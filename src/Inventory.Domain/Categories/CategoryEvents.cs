using Inventory.Domain.Assets;

namespace Inventory.Domain.Categories;

/// <summary>A category assets are grouped by; its slug is what assets and the service mapping name.</summary>
public sealed record CategoryDefined(string Slug, string Name, string? Description, string? Icon, string? Colour, Cause Cause, DateTimeOffset At);

public sealed record CategoryChanged(string Slug, string Name, string? Description, string? Icon, string? Colour, Cause Cause, DateTimeOffset At);

public sealed record CategoryRemoved(string Slug, Cause Cause, DateTimeOffset At);

/// <summary>Assets of a service fall in this category unless a person chose another; null removes the default.</summary>
public sealed record ServiceCategoryMapped(string Service, string? Slug, Cause Cause, DateTimeOffset At);

public static class CategoryStreams
{
    public static string Key(string slug) => "category:" + slug;

    public const string Mapping = "categories:service-mapping";
}
