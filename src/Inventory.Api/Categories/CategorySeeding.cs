using Inventory.Domain.Assets;
using Inventory.Domain.Categories;
using JasperFx;
using Marten;
using Marten.Exceptions;

namespace Inventory.Api.Categories;

/// <summary>A new register starts with the default categories and service mapping, as events an admin can then change.</summary>
internal sealed class CategorySeeding(IDocumentStore store, ILogger<CategorySeeding> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        if (await session.Events.FetchStreamStateAsync(CategoryStreams.Mapping, cancellationToken) is not null)
            return;
        var events = CategoryRules.SeedEvents(new Cause(CauseKind.System, "defaults"), DateTimeOffset.UtcNow);
        foreach (var defined in events.OfType<CategoryDefined>())
            session.Events.StartStream<CategoryView>(CategoryStreams.Key(defined.Slug), defined);
        session.Events.StartStream<ServiceCategoryMap>(CategoryStreams.Mapping, events.OfType<ServiceCategoryMapped>());
        try
        {
            await session.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Seeded {Count} default categories", CategoryRules.Defaults.Count);
        }
        catch (Exception e) when (e is ExistingStreamIdCollisionException or ConcurrencyException or DocumentAlreadyExistsException)
        {
            // Another instance seeded them first.
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
