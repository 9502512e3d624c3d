using System.Collections.Concurrent;

namespace Inventory.StubAws.Estate;

/// <summary>One region of one account. Each stub service keeps its resources here in its own type (see Ec2Estate).</summary>
public sealed class StubRegion(string name)
{
    private readonly ConcurrentDictionary<Type, object> services = new();

    public string Name { get; } = name;

    /// <summary>The region's data for one service, created empty on first use.</summary>
    public T Service<T>() where T : class, new() => (T)services.GetOrAdd(typeof(T), _ => new T());
}
