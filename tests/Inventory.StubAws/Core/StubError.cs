namespace Inventory.StubAws.Core;

/// <summary>An AWS error as the stub answers it: code, message and HTTP status; the protocol decides the document's shape.</summary>
public sealed record StubError(string Code, string Message, int Status)
{
    /// <summary>Extra elements some errors carry (S3's AuthorizationHeaderMalformed names the expected Region).</summary>
    public IReadOnlyDictionary<string, string> Details { get; init; } = new Dictionary<string, string>();

    /// <summary>AWS's query protocols say whose fault an error is: the caller's (4xx) or the service's (5xx).</summary>
    public string Type => Status >= 500 ? "Receiver" : "Sender";
}

/// <summary>Thrown by a stub service to answer an AWS error.</summary>
public sealed class StubAwsException(StubError error) : Exception($"{error.Code}: {error.Message}")
{
    public StubAwsException(string code, string message, int status = 400)
        : this(new StubError(code, message, status))
    {
    }

    public StubError Error { get; } = error;
}
