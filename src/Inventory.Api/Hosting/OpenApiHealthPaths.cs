using System.Net.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Inventory.Api.Hosting;

/// <summary>
/// Health probes are request delegates, which the API explorer cannot describe; they are added to the document by hand from the
/// endpoints mapped, so a probe added later appears too.
/// </summary>
internal sealed class OpenApiHealthPaths(EndpointDataSource endpoints) : IOpenApiDocumentTransformer
{
    /// <summary>The display name ASP.NET Core gives every endpoint MapHealthChecks maps.</summary>
    private const string HealthChecks = "Health checks";

    public Task TransformAsync(Microsoft.OpenApi.OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Paths ??= [];
        foreach (var endpoint in endpoints.Endpoints.OfType<RouteEndpoint>().Where(e => e.DisplayName == HealthChecks))
        {
            var path = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            document.Paths[path] = new OpenApiPathItem
            {
                Operations = new Dictionary<HttpMethod, OpenApiOperation>
                {
                    [HttpMethod.Get] = new()
                    {
                        Summary = "Health probe",
                        Tags = new HashSet<OpenApiTagReference> { new("Health", document) },
                        Responses = new OpenApiResponses
                        {
                            ["200"] = Plain("Healthy (or Degraded)."),
                            ["503"] = Plain("Unhealthy."),
                        },
                    },
                },
            };
        }
        return Task.CompletedTask;
    }

    private static OpenApiResponse Plain(string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType> { ["text/plain"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } } },
    };
}
