using System.Text.RegularExpressions;
using System.Xml.Linq;
using Inventory.StubAws.Core;
using Inventory.StubAws.Protocols;
using Microsoft.AspNetCore.Http;

namespace Inventory.StubAws.Services.Sts;

/// <summary>
/// STS (query protocol, 2011-06-15): GetCallerIdentity, and AssumeRole, which issues a session in the role's account
/// when the estate lets the caller's account assume that role (with the right external id), else AccessDenied.
/// </summary>
public sealed partial class StsStubService : IStubService
{
    private static readonly XNamespace Ns = "https://sts.amazonaws.com/doc/2011-06-15/";

    public string SigningName => "sts";

    public StubProtocol Protocol => StubProtocol.Query;

    public string ActionOf(StubRequest request) => request.Parameter("Action") ?? "";

    public Task HandleAsync(StubRequest request, HttpContext http) => request.Action switch
    {
        "GetCallerIdentity" => AnswerAsync(request, http,
            new XElement(Ns + "Arn", request.Caller.Arn),
            new XElement(Ns + "UserId", request.Caller.UserId),
            new XElement(Ns + "Account", request.Caller.AccountId)),
        "AssumeRole" => AssumeRoleAsync(request, http),
        _ => throw new StubAwsException("InvalidAction", $"Could not find operation {request.Action} for version 2011-06-15"),
    };

    private static Task AssumeRoleAsync(StubRequest request, HttpContext http)
    {
        var roleArn = request.Parameter("RoleArn") ?? throw new StubAwsException("MissingParameter", "RoleArn is required.");
        var sessionName = request.Parameter("RoleSessionName") ?? throw new StubAwsException("MissingParameter", "RoleSessionName is required.");
        var match = RoleArn().Match(roleArn);
        if (!match.Success)
            throw new StubAwsException("ValidationError", $"{roleArn} is invalid");

        var roleName = match.Groups["name"].Value;
        var target = request.Estate.FindAccount(match.Groups["account"].Value);
        var role = target?.Role(roleName);
        if (target is null || role is null || role.TrustedAccountId != request.Caller.AccountId
            || (role.ExternalId is not null && role.ExternalId != request.Parameter("ExternalId")))
            throw new StubAwsException("AccessDenied",
                $"User: {request.Caller.Arn} is not authorized to perform: sts:AssumeRole on resource: {roleArn}", 403);

        var session = request.Estate.IssueSession(target, roleName, sessionName);
        var duration = request.IntParameter("DurationSeconds") ?? 3600;
        return AnswerAsync(request, http,
            new XElement(Ns + "Credentials",
                new XElement(Ns + "AccessKeyId", session.AccessKeyId),
                new XElement(Ns + "SecretAccessKey", session.SecretAccessKey),
                new XElement(Ns + "SessionToken", session.SessionToken),
                new XElement(Ns + "Expiration", StubXml.Text(DateTime.UtcNow.AddSeconds(duration)))),
            new XElement(Ns + "AssumedRoleUser",
                new XElement(Ns + "AssumedRoleId", session.UserId),
                new XElement(Ns + "Arn", session.Arn)));
    }

    private static Task AnswerAsync(StubRequest request, HttpContext http, params object[] result)
    {
        http.Response.Headers["x-amzn-RequestId"] = request.RequestId;
        return StubXml.WriteAsync(http, new XElement(Ns + (request.Action + "Response"),
            new XElement(Ns + (request.Action + "Result"), result),
            new XElement(Ns + "ResponseMetadata", new XElement(Ns + "RequestId", request.RequestId))));
    }

    [GeneratedRegex(@"^arn:aws[a-z-]*:iam::(?<account>\d{12}):role/(?:[\w+=,.@-]+/)*(?<name>[\w+=,.@-]+)$")]
    private static partial Regex RoleArn();
}
