using System.Text.Json;
using System.Text.Json.Serialization;
using Alba;

namespace Inventory.Api.Tests.Harness;

internal static class Http
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<T> GetJsonAsync<T>(this IAlbaHost host, string url)
    {
        var result = await host.Scenario(s =>
        {
            s.Get.Url(url);
            s.StatusCodeShouldBeOk();
        });
        return JsonSerializer.Deserialize<T>(await result.ReadAsTextAsync(), Json)
               ?? throw new InvalidOperationException($"GET {url} returned no body");
    }

    /// <summary>Expects an RFC 7807 problem with the given status and returns its JSON.</summary>
    public static async Task<JsonElement> GetProblemAsync(this IAlbaHost host, string url, int status)
    {
        var result = await host.Scenario(s =>
        {
            s.Get.Url(url);
            s.StatusCodeShouldBe(status);
            s.ContentTypeShouldBe("application/problem+json");
        });
        return JsonDocument.Parse(await result.ReadAsTextAsync()).RootElement.Clone();
    }
}
