namespace Inventory.Api.Secrets;

/// <summary>One key of the Data Protection key ring, as the XML the key manager wrote.</summary>
public sealed class DataProtectionKey
{
    public string Id { get; set; } = "";
    public string Xml { get; set; } = "";
}
