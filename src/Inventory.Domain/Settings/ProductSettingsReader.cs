using Marten;

namespace Inventory.Domain.Settings;

/// <summary>The one way other features read the settings: the inline document, or the defaults before anyone changed anything.</summary>
public static class ProductSettingsReader
{
    public static async Task<ProductSettings> CurrentAsync(IQuerySession session, CancellationToken cancellation) =>
        await session.LoadAsync<ProductSettings>(SettingsStream.Key, cancellation) ?? ProductSettings.Defaults();
}
