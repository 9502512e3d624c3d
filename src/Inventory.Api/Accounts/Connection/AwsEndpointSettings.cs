using Inventory.Discovery.Access;

namespace Inventory.Api.Accounts.Connection;

/// <summary>
/// The endpoint override from configuration: Inventory:Aws:EndpointUrl for every service, Inventory:Aws:Endpoints:&lt;signing name&gt;
/// for one service (the per-service URL wins). Unset, the product talks to AWS itself.
/// </summary>
internal static class AwsEndpointSettings
{
    public const string Section = "Inventory:Aws";

    public static IServiceCollection AddAwsEndpoints(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(Read(configuration));
        return services;
    }

    public static AwsEndpoints Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var all = section["EndpointUrl"];
        var perService = section.GetSection("Endpoints").GetChildren()
            .Where(c => !string.IsNullOrWhiteSpace(c.Value))
            .ToDictionary(c => c.Key.ToLowerInvariant(), c => Url(c.Path, c.Value!), StringComparer.OrdinalIgnoreCase);
        return new AwsEndpoints(string.IsNullOrWhiteSpace(all) ? null : Url(section.Path + ":EndpointUrl", all), perService);
    }

    // A typo in the override would otherwise surface only as a confusing SDK error at the first call.
    private static string Url(string key, string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? value.Trim()
            : throw new InvalidOperationException($"{key} must be an absolute http(s) URL, not '{value}'.");
}
