namespace Inventory.Discovery.SignedRequests;

/// <summary>
/// The names AWS signs each service under; they are also the keys of per-service endpoint overrides.
/// Several differ from the service's everyday name, which is why they are spelled out once here.
/// </summary>
internal static class SigningNames
{
    public const string Rds = "rds";
    public const string ElastiCache = "elasticache";
    public const string ElasticLoadBalancingV2 = "elasticloadbalancing";
    public const string CloudFront = "cloudfront";
    public const string Route53 = "route53";
    public const string Lambda = "lambda";
    public const string Eks = "eks";
    public const string OpenSearch = "es";
    public const string Msk = "kafka";
    public const string Ecr = "ecr";
    public const string CognitoUserPools = "cognito-idp";
    public const string CostExplorer = "ce";
    public const string Organizations = "organizations";
}
