using Inventory.Api.Access;
using Inventory.Api.Accounts;
using Inventory.Domain.Categories;
using JasperFx;
using Marten.Exceptions;
using Marten;
using Wolverine.Http;

namespace Inventory.Api.Categories;

public sealed record CategoryResponse(string Slug, string Name, string? Description, string? Icon, string? Colour, IReadOnlyList<string> Services);

public sealed record ServiceCategoryRequest(string? Category);

public static class CategoryEndpoints
{
    [WolverineGet("/api/categories")]
    public static async Task<IReadOnlyList<CategoryResponse>> List(IQuerySession session, CancellationToken cancellation)
    {
        var categories = await session.Query<CategoryView>().Where(c => !c.Removed).OrderBy(c => c.Name).ToListAsync(cancellation);
        var map = await session.LoadAsync<ServiceCategoryMap>(CategoryStreams.Mapping, cancellation);
        return categories.Select(c => Response(c, map)).ToList();
    }

    [WolverinePost("/api/categories")]
    public static Task<IResult> Define(CategoryInput input, HttpContext context, IDocumentStore store, CancellationToken cancellation) =>
        RunAsync(store, input.Slug ?? "", (_, existing) => Task.FromResult(CategoryRules.Define(existing, input, SignedIn.CauseOf(context), DateTimeOffset.UtcNow)),
            view => Results.Created($"/api/categories/{view.Slug}", Response(view, null)), cancellation);

    [WolverinePut("/api/categories/{slug}")]
    public static Task<IResult> Change(string slug, CategoryInput input, HttpContext context, IDocumentStore store, CancellationToken cancellation) =>
        RunAsync(store, slug, (_, existing) => Task.FromResult(CategoryRules.Change(slug, existing, input, SignedIn.CauseOf(context), DateTimeOffset.UtcNow)),
            view => Results.Ok(Response(view, null)), cancellation);

    [WolverineDelete("/api/categories/{slug}")]
    public static Task<IResult> Remove(string slug, HttpContext context, IDocumentStore store, CancellationToken cancellation) =>
        RunAsync(store, slug, async (session, existing) => CategoryRules.Remove(slug, existing,
                await session.LoadAsync<ServiceCategoryMap>(CategoryStreams.Mapping, cancellation), SignedIn.CauseOf(context), DateTimeOffset.UtcNow),
            _ => Results.NoContent(), cancellation);

    [WolverineGet("/api/categories/service-mapping")]
    public static async Task<IReadOnlyDictionary<string, string>> Mapping(IQuerySession session, CancellationToken cancellation) =>
        (await session.LoadAsync<ServiceCategoryMap>(CategoryStreams.Mapping, cancellation))?.Services ?? [];

    /// <summary>Sets (or with a null category, removes) the default category of one service's assets.</summary>
    [WolverinePut("/api/categories/service-mapping/{service}")]
    public static async Task<IResult> Map(string service, ServiceCategoryRequest request, HttpContext context, IDocumentStore store,
        CancellationToken cancellation)
    {
        await using var session = store.LightweightSession();
        var stream = await session.Events.FetchForWriting<ServiceCategoryMap>(CategoryStreams.Mapping, cancellation);
        var slug = string.IsNullOrWhiteSpace(request.Category) ? null : request.Category.Trim();
        var exists = slug is not null && await session.LoadAsync<CategoryView>(CategoryStreams.Key(slug), cancellation) is { Removed: false };
        var decision = CategoryRules.Map(service, KnownServices, slug, _ => exists, stream.Aggregate, SignedIn.CauseOf(context), DateTimeOffset.UtcNow);
        if (Problem(decision) is { } problem)
            return problem;
        stream.AppendMany(((CategoryDecision.Accepted)decision).Events);
        try
        {
            await session.SaveChangesAsync(cancellation);
        }
        catch (Exception e) when (e is ConcurrencyException or ExistingStreamIdCollisionException)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Service mapping changed meanwhile",
                detail: "The service mapping was changed by someone else at the same time; reload and try again.");
        }
        return Results.Ok(await Mapping(session, cancellation));
    }

    /// <summary>Every service a collector lists, and the people's own assets.</summary>
    private static readonly IReadOnlySet<string> KnownServices = Discovery.Scanning.Collectors.All().Select(c => c.Service)
        .Append(Domain.Assets.Edits.ManualAssetRegistered.Service).ToHashSet(StringComparer.Ordinal);

    private static async Task<IResult> RunAsync(IDocumentStore store, string slug, Func<IDocumentSession, CategoryView?, Task<CategoryDecision>> decide,
        Func<CategoryView, IResult> answer, CancellationToken cancellation)
    {
        await using var session = store.LightweightSession();
        var key = CategoryStreams.Key(slug);
        var stream = await session.Events.FetchForWriting<CategoryView>(key, cancellation);
        var decision = await decide(session, stream.Aggregate);
        if (Problem(decision) is { } problem)
            return problem;
        stream.AppendMany(((CategoryDecision.Accepted)decision).Events);
        try
        {
            await session.SaveChangesAsync(cancellation);
        }
        catch (Exception e) when (e is ConcurrencyException or ExistingStreamIdCollisionException)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Category changed meanwhile",
                detail: $"Category '{slug}' was changed by someone else at the same time; reload and try again.");
        }
        await using var query = store.QuerySession();
        return answer((await query.LoadAsync<CategoryView>(key, cancellation))!);
    }

    private static IResult? Problem(CategoryDecision decision) => decision switch
    {
        CategoryDecision.Invalid invalid => Results.ValidationProblem(invalid.Errors, title: "Invalid category",
            detail: string.Join(" ", invalid.Errors.Values.SelectMany(e => e))),
        CategoryDecision.NotFound notFound => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Category not found",
            detail: $"No category has the slug '{notFound.Slug}'."),
        CategoryDecision.Conflict conflict => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Category conflict", detail: conflict.Detail),
        _ => null,
    };

    private static CategoryResponse Response(CategoryView view, ServiceCategoryMap? map) => new(view.Slug, view.Name, view.Description, view.Icon,
        view.Colour, map?.Services.Where(s => s.Value == view.Slug).Select(s => s.Key).Order(StringComparer.Ordinal).ToList() ?? []);
}
