using System.Xml;
using System.Xml.Linq;

namespace Inventory.Discovery.SignedRequests;

/// <summary>
/// Reads AWS XML by local names only: every service and API version uses its own namespace,
/// and collectors should not have to spell it.
/// </summary>
internal static class AwsXml
{
    public static XElement? Child(this XElement element, string localName) =>
        element.Elements().FirstOrDefault(child => child.Name.LocalName == localName);

    public static IEnumerable<XElement> Children(this XElement element, string localName) =>
        element.Elements().Where(child => child.Name.LocalName == localName);

    /// <summary>The element at a path of local names below this one, or null when any step is missing.</summary>
    public static XElement? At(this XElement element, params string[] path)
    {
        XElement? current = element;
        foreach (var step in path)
            current = current?.Child(step);
        return current;
    }

    /// <summary>Every element at the path, the last step repeated: ("DBInstances", "DBInstance") lists the instances.</summary>
    public static IEnumerable<XElement> All(this XElement element, params string[] path)
    {
        if (path.Length == 0)
            return [element];
        var parent = element.At(path[..^1]);
        return parent is null ? [] : parent.Children(path[^1]);
    }

    /// <summary>The text at the path, or null when it is missing.</summary>
    public static string? TextAt(this XElement element, params string[] path) => element.At(path)?.Value;

    // Whitespace is data in AWS values (a tag value of " " is not an empty one), so it is kept.
    internal static XElement Parse(string body) =>
        string.IsNullOrWhiteSpace(body) ? new XElement("Empty") : XElement.Parse(body, LoadOptions.PreserveWhitespace);

    /// <summary>
    /// Both shapes AWS uses: &lt;ErrorResponse&gt;&lt;Error&gt;&lt;Code/&gt;...&lt;/Error&gt;&lt;RequestId/&gt;&lt;/ErrorResponse&gt;
    /// (query APIs, CloudFront, Route 53) and a bare &lt;Error&gt;&lt;Code/&gt;...&lt;/Error&gt;.
    /// </summary>
    internal static AwsServiceException Error(AwsResponse response)
    {
        XElement root;
        try
        {
            root = XElement.Parse(response.Body);
        }
        catch (XmlException)
        {
            return response.StatusOnlyError();
        }

        var error = root.DescendantsAndSelf().FirstOrDefault(e => e.Name.LocalName == "Error");
        var code = error?.TextAt("Code");
        if (string.IsNullOrWhiteSpace(code))
            return response.StatusOnlyError();

        var message = error!.TextAt("Message");
        var requestId = root.DescendantsAndSelf().FirstOrDefault(e => e.Name.LocalName == "RequestId")?.Value;
        return new AwsServiceException(
            code.Trim(),
            response.StatusCode,
            string.IsNullOrWhiteSpace(message) ? code.Trim() : message,
            string.IsNullOrWhiteSpace(requestId) ? response.HeaderRequestId : requestId);
    }
}
