using Inventory.Domain.Relationships.Graph;
using Inventory.Domain.Relationships.Manual;
using JasperFx.Events.Projections;
using Marten;

namespace Inventory.Domain.Relationships;

public static class RelationshipStore
{
    public static void Configure(StoreOptions options)
    {
        // Write side: the manual edges of each asset, exact, for the duplicate check.
        options.Projections.Add<ManualRelationshipsProjection>(ProjectionLifecycle.Inline);

        // Read side: the graph, rebuilt from nothing when the projection is rebuilt.
        options.Projections.Add(new RelationshipProjection(), ProjectionLifecycle.Async, RelationshipProjection.Name, async =>
        {
            async.DeleteViewTypeOnTeardown<GraphNode>();
            async.DeleteViewTypeOnTeardown<ReferenceIndex>();
            async.DeleteViewTypeOnTeardown<RelationshipEdge>();
            async.DeleteViewTypeOnTeardown<EdgeChange>();
        });
        options.Schema.For<GraphNode>();
        options.Schema.For<ReferenceIndex>();
        options.Schema.For<RelationshipEdge>().Duplicate(x => x.SourceId).Duplicate(x => x.TargetId);
        options.Schema.For<EdgeChange>().Duplicate(x => x.SourceId).Duplicate(x => x.TargetId).Duplicate(x => x.Sequence);
    }
}
