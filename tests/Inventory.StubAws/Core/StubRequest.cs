using System.Globalization;
using Inventory.StubAws.Estate;
using Microsoft.AspNetCore.Http;

namespace Inventory.StubAws.Core;

/// <summary>An authenticated request, read once so handlers need not touch the raw HTTP request.</summary>
public sealed record StubRequest
{
    public required string Service { get; init; }
    public required string Region { get; init; }
    public required StubCredentials Caller { get; init; }
    public required StubAccount Account { get; init; }
    public required StubEstate Estate { get; init; }
    public required string Method { get; init; }

    /// <summary>The decoded path, "/" at least.</summary>
    public required string Path { get; init; }

    public required IReadOnlyDictionary<string, string> Query { get; init; }

    /// <summary>The body's fields when it is form-encoded (the query protocols), else empty.</summary>
    public required IReadOnlyDictionary<string, string> Form { get; init; }

    public required byte[] Body { get; init; }
    public required IHeaderDictionary Headers { get; init; }
    public required string RequestId { get; init; }

    /// <summary>The most items a list answer may hold, whatever the caller asked for; small so paging is always exercised.</summary>
    public required int PageSize { get; init; }

    /// <summary>Set by the server from <see cref="IStubService.ActionOf"/> before the handler runs.</summary>
    public string Action { get; init; } = "";

    /// <summary>A query-protocol parameter, from the form body or the query string.</summary>
    public string? Parameter(string name) =>
        Form.TryGetValue(name, out var value) ? value : Query.TryGetValue(name, out value) ? value : null;

    public int? IntParameter(string name)
    {
        var text = Parameter(name);
        if (text is null)
            return null;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new StubAwsException("InvalidParameterValue", $"Value ({text}) for parameter {name} is invalid.");
    }

    public bool BoolParameter(string name) => string.Equals(Parameter(name), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The values of a query-protocol list: Name.1, Name.2, ...</summary>
    public IReadOnlyList<string> ListParameter(string name)
    {
        var values = new List<string>();
        for (var i = 1; Parameter($"{name}.{i}") is { } value; i++)
            values.Add(value);
        return values;
    }
}
