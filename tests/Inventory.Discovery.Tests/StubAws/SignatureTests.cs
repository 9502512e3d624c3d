using System.Net;
using System.Text;
using Amazon;
using Amazon.Runtime.Signing;
using Inventory.StubAws.Core;
using Microsoft.AspNetCore.Http;

namespace Inventory.Discovery.Tests.StubAws;

/// <summary>
/// The stub's SigV4 check against AWSSDK.Core's own signer (what the signed-request client uses), for the REST and
/// JSON shapes other stub services will see: encoded paths, awkward query values, JSON bodies.
/// </summary>
public sealed class SignatureTests : IClassFixture<StubAwsFixture>
{
    private const string AccountId = "555555555555";
    private readonly StubAwsServer server;

    public SignatureTests(StubAwsFixture fixture)
    {
        server = fixture.Server;
        server.Reset();
        server.Register(new EchoService());
    }

    /// <summary>Answers 200 with the action; it has a constructor argument, so servers of other tests do not pick it up.</summary>
    private sealed class EchoService(string signingName = "echo") : IStubService
    {
        public string SigningName => signingName;

        public StubProtocol Protocol => StubProtocol.RestJson;

        public string ActionOf(StubRequest request) => request.Method + " " + request.Path;

        public Task HandleAsync(StubRequest request, HttpContext http) => http.Response.WriteAsync(request.Action);
    }

    private HttpClient SignedClient(string secret)
    {
        var account = server.Estate.Account(AccountId);
        var credentials = new Amazon.Runtime.BasicAWSCredentials(account.Key.AccessKeyId, secret);
        var signing = new SigV4SigningHandler(credentials, RegionEndpoint.EUWest1, "echo", new SocketsHttpHandler { AllowAutoRedirect = false });
        return new HttpClient(signing);
    }

    [Theory]
    [InlineData("/2015-03-31/functions/")]
    [InlineData("/clusters/my%20cluster/node-groups")]
    [InlineData("/domain/a%2Fb")]
    public async Task A_get_signed_by_the_core_signer_is_accepted(string path)
    {
        using var http = SignedClient(server.Estate.Account(AccountId).Key.SecretAccessKey);

        using var response = await http.GetAsync($"{server.Url}{path}?maxItems=2&marker={Uri.EscapeDataString("a b/c+d=e")}&Zeta=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var recorded = Assert.Single(server.Requests);
        Assert.Equal(("echo", "eu-west-1", AccountId), (recorded.Service, recorded.Region, recorded.AccountId));
    }

    [Fact]
    public async Task A_json_post_signed_by_the_core_signer_is_accepted()
    {
        using var http = SignedClient(server.Estate.Account(AccountId).Key.SecretAccessKey);
        using var content = new StringContent("""{"maxResults":2,"nextToken":"x"}""", Encoding.UTF8, "application/x-amz-json-1.1");
        content.Headers.Add("X-Amz-Target", "AmazonEC2ContainerRegistry_V20150921.DescribeRepositories");

        using var response = await http.PostAsync(server.Url + "/", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_body_changed_after_signing_does_not_match()
    {
        using var http = SignedClient(server.Estate.Account(AccountId).Key.SecretAccessKey);
        using var request = new HttpRequestMessage(HttpMethod.Post, server.Url + "/tampered") { Content = new StringContent("{}") };
        using var forged = new HttpRequestMessage(HttpMethod.Post, server.Url + "/tampered") { Content = new StringContent("{\"more\":1}") };
        using var signed = await http.SendAsync(request);
        foreach (var header in signed.RequestMessage!.Headers.Where(h => h.Key is "Authorization" or "X-Amz-Date"))
            forged.Headers.TryAddWithoutValidation(header.Key, header.Value);
        using var plain = new HttpClient();

        using var response = await plain.SendAsync(forged);

        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("SignatureDoesNotMatch", response.Headers.GetValues("x-amzn-ErrorType").Single());
    }

    [Fact]
    public async Task A_signature_with_the_wrong_secret_does_not_match()
    {
        using var http = SignedClient("wrong-secret");

        using var response = await http.GetAsync(server.Url + "/anything");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("The canonical request was", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
