using System.Xml.Linq;
using Marten;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Inventory.Api.Secrets;

/// <summary>Keeps the key ring in PostgreSQL so every instance of the product decrypts what any other encrypted.</summary>
internal sealed class MartenXmlRepository(IDocumentStore store) : IXmlRepository
{
    // The key manager's interface is synchronous and Marten 9 only async; it calls rarely (key ring refresh, rotation), so blocking is acceptable.
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var session = store.QuerySession();
        var keys = session.Query<DataProtectionKey>().ToListAsync().GetAwaiter().GetResult();
        return keys.Select(k => XElement.Parse(k.Xml)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var session = store.LightweightSession();
        session.Store(new DataProtectionKey
        {
            Id = string.IsNullOrWhiteSpace(friendlyName) ? Guid.NewGuid().ToString("N") : friendlyName,
            Xml = element.ToString(SaveOptions.DisableFormatting),
        });
        session.SaveChangesAsync().GetAwaiter().GetResult();
    }
}
