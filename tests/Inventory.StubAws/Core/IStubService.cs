using Microsoft.AspNetCore.Http;

namespace Inventory.StubAws.Core;

/// <summary>
/// One AWS service the stub answers. The server finds the service by the signing name in the request's SigV4
/// credential scope, so adding a service is adding a class: every non-abstract implementation in this assembly
/// with a parameterless constructor is registered when a server starts.
/// </summary>
public interface IStubService
{
    /// <summary>The service name in the SigV4 credential scope ("ec2", "s3", "sts", "rds", "es", ...).</summary>
    string SigningName { get; }

    /// <summary>How the service shapes its error documents; the server uses it for faults and authentication errors.</summary>
    StubProtocol Protocol { get; }

    /// <summary>The API operation a request asks for, e.g. "DescribeInstances"; faults and the request log are keyed by it.</summary>
    string ActionOf(StubRequest request);

    /// <summary>Writes the answer. Throw <see cref="StubAwsException"/> for an AWS error; the server writes it in <see cref="Protocol"/>'s shape.</summary>
    Task HandleAsync(StubRequest request, HttpContext http);
}
