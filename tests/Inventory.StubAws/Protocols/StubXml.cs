using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;

namespace Inventory.StubAws.Protocols;

/// <summary>Writes XML answers the way AWS sends them: a declaration, no indentation, text/xml.</summary>
public static class StubXml
{
    public static async Task WriteAsync(HttpContext http, XElement document, int status = 200)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/xml";
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + document.ToString(SaveOptions.DisableFormatting);
        await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>An element, or nothing when the value is null, so optional fields drop out of a document.</summary>
    public static XElement? Optional(XName name, object? value) => value is null ? null : new XElement(name, Text(value));

    /// <summary>AWS's text for a value: lower-case booleans, ISO 8601 UTC times.</summary>
    public static string Text(object value) => value switch
    {
        bool b => b ? "true" : "false",
        DateTime t => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
