using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Inventory.Api.Assets.Export;

/// <summary>A download written straight to the response body, so no copy of the file is ever held in memory.</summary>
internal sealed class StreamedExport(string contentType, string fileName, Func<Stream, CancellationToken, Task> write) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName, FileNameStar = fileName }.ToString();
        response.Headers.CacheControl = "no-store";
        httpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await write(response.Body, httpContext.RequestAborted);
    }
}
