using System.Text.Json;
using Inventory.Api.Tests.Harness;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using static Inventory.Api.Tests.Accounts.AccountCalls;

namespace Inventory.Api.Tests.OpenApi;

/// <summary>/openapi/v1.json describes every endpoint the host maps, so an endpoint added later is covered without touching this test.</summary>
public sealed class OpenApiDocumentTests(InventoryApp app) : IClassFixture<InventoryApp>
{
    private async Task<JsonElement> DocumentAsync() => Json(await app.Host.GetTextAsync("/openapi/v1.json"));

    /// <summary>Each route the host maps, as an OpenAPI path and its methods; endpoints that opt out of descriptions (the document itself, the UI's fallback) are left out.</summary>
    private List<(string Path, string Method)> MappedRoutes() =>
        app.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (PathOf(e.RoutePattern), m.ToLowerInvariant())))
            .Distinct()
            .ToList();

    private static string PathOf(RoutePattern pattern) =>
        "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => "{" + parameter.Name + "}",
            RoutePatternSeparatorPart separator => separator.Content,
            _ => throw new InvalidOperationException("Unexpected route part " + part),
        }))));

    [Fact]
    public async Task Every_route_the_host_maps_is_in_the_document_with_its_methods()
    {
        var paths = (await DocumentAsync()).GetProperty("paths");
        var routes = MappedRoutes();

        Assert.Contains(("/api/dashboard", "get"), routes);
        Assert.Contains(("/health/ready", "get"), routes);
        var missing = routes.Where(r => !paths.TryGetProperty(r.Path, out var item) || !item.TryGetProperty(r.Method, out _)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public async Task The_dashboard_declares_its_response_schema()
    {
        var document = await DocumentAsync();
        Assert.Equal("Inventory", document.GetProperty("info").GetProperty("title").GetString());
        var ok = document.GetProperty("paths").GetProperty("/api/dashboard").GetProperty("get").GetProperty("responses").GetProperty("200");
        var schema = ok.GetProperty("content").GetProperty("application/json").GetProperty("schema");
        Assert.Equal("#/components/schemas/DashboardResponse", schema.GetProperty("$ref").GetString());
        var properties = document.GetProperty("components").GetProperty("schemas").GetProperty("DashboardResponse").GetProperty("properties");
        Assert.Equal(["counts", "activity", "costs", "discovery"], properties.EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData("/api/assets", "get", "200", "AssetPage")]
    [InlineData("/api/assets/{id}", "get", "200", "AssetDetail")]
    [InlineData("/api/assets/as-of", "get", "200", "AsOfPage")]
    [InlineData("/api/audit", "get", "200", "AuditPage")]
    [InlineData("/api/discovery-jobs", "post", "202", "DiscoveryJobAccepted")]
    public async Task Endpoints_that_answer_with_results_declare_their_response_schemas(string path, string method, string status, string schema)
    {
        var document = await DocumentAsync();

        var response = document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses").GetProperty(status);
        Assert.Equal("#/components/schemas/" + schema, response.GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
    }
}
