using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Inventory.Domain.Categories;

public sealed class CategoryView
{
    public string Id { get; set; } = "";
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public string? Icon { get; set; }
    public string? Colour { get; set; }
    public bool Removed { get; set; }
}

public sealed partial class CategoryViewProjection : SingleStreamProjection<CategoryView, string>
{
    public CategoryViewProjection()
    {
        IncludeType<CategoryDefined>();
        IncludeType<CategoryChanged>();
        IncludeType<CategoryRemoved>();
    }

    public override CategoryView? Evolve(CategoryView? snapshot, string id, IEvent e)
    {
        switch (e.Data)
        {
            case CategoryDefined d:
                return new CategoryView { Id = id, Slug = d.Slug, Name = d.Name, Description = d.Description, Icon = d.Icon, Colour = d.Colour };
            case CategoryChanged c when snapshot is not null:
                (snapshot.Name, snapshot.Description, snapshot.Icon, snapshot.Colour) = (c.Name, c.Description, c.Icon, c.Colour);
                break;
            case CategoryRemoved when snapshot is not null:
                snapshot.Removed = true;
                break;
        }
        return snapshot;
    }
}

/// <summary>The default category of each service's assets.</summary>
public sealed class ServiceCategoryMap
{
    public string Id { get; set; } = "";
    public Dictionary<string, string> Services { get; set; } = [];
}

public sealed partial class ServiceCategoryMapProjection : SingleStreamProjection<ServiceCategoryMap, string>
{
    public ServiceCategoryMapProjection() => IncludeType<ServiceCategoryMapped>();

    public override ServiceCategoryMap? Evolve(ServiceCategoryMap? snapshot, string id, IEvent e)
    {
        snapshot ??= new ServiceCategoryMap { Id = id };
        if (e.Data is ServiceCategoryMapped mapped)
        {
            if (mapped.Slug is null)
                snapshot.Services.Remove(mapped.Service);
            else
                snapshot.Services[mapped.Service] = mapped.Slug;
        }
        return snapshot;
    }
}
