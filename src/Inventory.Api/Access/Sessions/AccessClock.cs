namespace Inventory.Api.Access.Sessions;

/// <summary>The clock sessions and sign-in throttling read; its own key, so tests can move it without moving the rest of the product.</summary>
internal static class AccessClock
{
    public const string Key = "Inventory.Access";

    public static TimeProvider Of(IServiceProvider services) => services.GetRequiredKeyedService<TimeProvider>(Key);
}
