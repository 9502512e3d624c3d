namespace Inventory.StubAws.Services.Lambda;

/// <summary>A Lambda function, answered as a FunctionConfiguration of ListFunctions.</summary>
public sealed class StubFunction(string name)
{
    public string Name { get; } = name;

    /// <summary>Null as ListFunctions answers most functions: it leaves State out.</summary>
    public string? State { get; set; }

    public string Description { get; set; } = "";
    public string? Runtime { get; set; } = "python3.12";
    public string? Handler { get; set; } = "app.handler";
    public int MemorySize { get; set; } = 128;
    public int Timeout { get; set; } = 3;
    public long CodeSize { get; set; } = 1024;
    public string CodeSha256 { get; set; } = "n2n1Xj0RZbVJ3PXh8Z8lUoUXU9L4a8R5Lbq7P9u6b3E=";
    public string PackageType { get; set; } = "Zip";
    public List<string> Architectures { get; set; } = ["x86_64"];

    /// <summary>Null: a role named after the function in the function's account.</summary>
    public string? Role { get; set; }

    /// <summary>As Lambda writes it: ISO-8601 with milliseconds and a "+0000" offset.</summary>
    public string LastModified { get; set; } = "2025-02-03T04:05:06.789+0000";

    public string? KmsKeyArn { get; set; }
    public List<string> LayerArns { get; } = [];

    /// <summary>Null: the function is not in a VPC, which Lambda answers as an empty VpcConfig.</summary>
    public string? VpcId { get; set; }

    public List<string> SubnetIds { get; } = [];
    public List<string> SecurityGroupIds { get; } = [];
    public Dictionary<string, string> Environment { get; } = [];
    public Dictionary<string, string> Tags { get; } = [];

    public string Arn(string accountId, string region) => $"arn:aws:lambda:{region}:{accountId}:function:{Name}";

    internal object ToJson(string accountId, string region) => new
    {
        FunctionName = Name,
        FunctionArn = Arn(accountId, region),
        Runtime,
        Role = Role ?? $"arn:aws:iam::{accountId}:role/{Name}-role",
        Handler,
        CodeSize,
        Description,
        Timeout,
        MemorySize,
        LastModified,
        CodeSha256,
        Version = "$LATEST",
        VpcConfig = new { SubnetIds, SecurityGroupIds, VpcId = VpcId ?? "", Ipv6AllowedForDualStack = false },
        Environment = Environment.Count == 0 ? null : new { Variables = Environment },
        KMSKeyArn = KmsKeyArn,
        TracingConfig = new { Mode = "PassThrough" },
        RevisionId = "0f6d6b9e-5a2c-4c1e-9a59-2f1c3e4d5a6b",
        Layers = LayerArns.Count == 0 ? null : LayerArns.Select(arn => new { Arn = arn, CodeSize = 2048 }),
        State,
        PackageType,
        Architectures,
        EphemeralStorage = new { Size = 512 },
        SnapStart = new { ApplyOn = "None", OptimizationStatus = "Off" },
        LoggingConfig = new { LogFormat = "Text", LogGroup = "/aws/lambda/" + Name },
    };
}
