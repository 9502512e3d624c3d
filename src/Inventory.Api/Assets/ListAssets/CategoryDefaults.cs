using Inventory.Domain.Assets;
using Inventory.Domain.Categories;
using Marten;

namespace Inventory.Api.Assets.ListAssets;

/// <summary>An asset's category: the one a person chose, else its service's default.</summary>
internal static class CategoryDefaults
{
    public static async Task<IReadOnlyDictionary<string, string>> LoadAsync(IQuerySession session, CancellationToken cancellation) =>
        (await session.LoadAsync<ServiceCategoryMap>(CategoryStreams.Mapping, cancellation))?.Services ?? new Dictionary<string, string>();

    public static string? Of(AssetView view, IReadOnlyDictionary<string, string> services) =>
        view.Category.Length > 0 ? view.Category : services.GetValueOrDefault(view.Service);
}
