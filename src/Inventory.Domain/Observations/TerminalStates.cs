using Inventory.Domain.Assets;

namespace Inventory.Domain.Observations;

/// <summary>States in which a listed resource counts as gone: AWS keeps listing terminated instances for a while.</summary>
public static class TerminalStates
{
    private static readonly HashSet<string> Terminated = new(StringComparer.OrdinalIgnoreCase)
    {
        "terminated", "deleted",
    };

    private static readonly HashSet<string> Deleting = new(StringComparer.OrdinalIgnoreCase)
    {
        "shutting-down", "deleting", "delete-in-progress", "delete_in_progress", "deletion-in-progress", "pending-deletion",
    };

    public static GoneReason? Classify(string? state)
    {
        if (string.IsNullOrEmpty(state))
            return null;
        if (Terminated.Contains(state))
            return GoneReason.Terminated;
        if (Deleting.Contains(state))
            return GoneReason.Deleting;
        return null;
    }
}
