namespace Inventory.Discovery.Access;

/// <summary>
/// Where AWS is: AWS itself by default, or an AWS-compatible emulator given as one URL for every service
/// or one URL per service (keys are service names such as "ec2", "s3", "rds").
/// </summary>
public sealed record AwsEndpoints(string? All = null, IReadOnlyDictionary<string, string>? PerService = null)
{
    public static readonly AwsEndpoints Aws = new();

    public bool IsOverridden => All is not null || PerService is { Count: > 0 };

    /// <summary>The override URL for a service, or null to use AWS's own endpoint.</summary>
    public string? For(string service) =>
        PerService is not null && PerService.TryGetValue(service, out var url) ? url : All;
}
