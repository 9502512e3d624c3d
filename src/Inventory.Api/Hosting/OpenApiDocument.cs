namespace Inventory.Api.Hosting;

/// <summary>The API's OpenAPI document at /openapi/v1.json, described from every endpoint's metadata.</summary>
internal static class OpenApiDocument
{
    public static void AddInventoryOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Inventory";
                document.Info.Description = "A register of an organisation's AWS resources and the things it runs elsewhere, with the full history of each.";
                return Task.CompletedTask;
            });
            options.AddDocumentTransformer<OpenApiHealthPaths>();
        });
}
