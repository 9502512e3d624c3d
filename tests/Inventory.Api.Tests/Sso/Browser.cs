using System.Net;
using Alba;

namespace Inventory.Api.Tests.Sso;

/// <summary>
/// What a browser does with a sign-in: one cookie jar, every 302 followed. Requests to the product (http://localhost) go to its test
/// server, all others over real HTTP on loopback (the OpenID provider).
/// </summary>
internal sealed class Browser(IAlbaHost product) : IDisposable
{
    private static readonly Uri ProductBase = new("http://localhost/");
    private readonly HttpMessageInvoker _product = new(product.Server.CreateHandler());
    private readonly HttpMessageInvoker _network = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });

    public CookieContainer Cookies { get; } = new();

    /// <summary>Every address visited, the first request's included.</summary>
    public List<Uri> Visited { get; } = [];

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        var uri = request.RequestUri!.IsAbsoluteUri ? request.RequestUri : new Uri(ProductBase, request.RequestUri);
        request.RequestUri = uri;
        Visited.Add(uri);
        if (Cookies.GetCookieHeader(CookieScope(uri)) is { Length: > 0 } cookies)
            request.Headers.Add("Cookie", cookies);
        var onProduct = uri.Host == ProductBase.Host && uri.Port == ProductBase.Port;
        var response = await (onProduct ? _product : _network).SendAsync(request, CancellationToken.None);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var setCookie in setCookies)
                Cookies.SetCookies(CookieScope(uri), setCookie);
        }
        return response;
    }

    // Browsers treat http://localhost as a secure context and keep Secure cookies for it; the cookie jar needs https to do the same.
    private static Uri CookieScope(Uri uri) =>
        uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback ? new UriBuilder(uri) { Scheme = Uri.UriSchemeHttps, Port = -1 }.Uri : uri;

    /// <summary>GETs the address and follows redirects until a response that is not one, or until the next hop would leave for <paramref name="stopAt"/>.</summary>
    public async Task<HttpResponseMessage> FollowAsync(string url, Func<Uri, bool>? stopAt = null)
    {
        var next = new Uri(url, UriKind.RelativeOrAbsolute);
        for (var hop = 0; hop < 10; hop++)
        {
            var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, next));
            if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect))
                return response;
            var location = response.Headers.Location!;
            next = location.IsAbsoluteUri ? location : new Uri(Visited[^1], location);
            if (stopAt?.Invoke(next) == true)
                return response;
        }
        throw new InvalidOperationException("More than 10 redirects: " + string.Join(" -> ", Visited));
    }

    public void Dispose()
    {
        _product.Dispose();
        _network.Dispose();
    }
}
