namespace Inventory.Domain.Settings;

/// <summary>What a change of settings comes to: the events to append (none when nothing changed), or each field's problem.</summary>
public abstract record SettingsDecision
{
    public sealed record Accepted(IReadOnlyList<object> Events) : SettingsDecision;

    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : SettingsDecision;
}
