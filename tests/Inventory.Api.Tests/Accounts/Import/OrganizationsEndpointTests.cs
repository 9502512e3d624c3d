using Inventory.Api.Tests.Harness;
using Inventory.StubAws.Services.Organizations;
using Microsoft.AspNetCore.Hosting;
using static Inventory.Api.Tests.Accounts.AccountCalls;

namespace Inventory.Api.Tests.Accounts.Import;

/// <summary>The stub AWS given only as the Organizations endpoint (Inventory:Aws:Endpoints:organizations), no global override.</summary>
public sealed class OrganizationsEndpointApp : StubAwsApp
{
    protected override void Configure(IWebHostBuilder web) => web.UseSetting("Inventory:Aws:Endpoints:organizations", Aws.Url);
}

public sealed class OrganizationsEndpointTests(OrganizationsEndpointApp app) : IClassFixture<OrganizationsEndpointApp>
{
    [Fact]
    public async Task The_import_honours_the_organizations_endpoint_override()
    {
        var key = app.Aws.Estate.Account("710000000000").Key;
        await app.Host.PostAsync("/api/accounts", new
        {
            accountId = "710000000000", displayName = "Root", kind = "management", environment = "shared",
            credentials = new { type = "accessKey", accessKeyId = key.AccessKeyId, secretAccessKey = key.SecretAccessKey },
        }, 201);
        app.Aws.Estate.Account("710000000000").CreateOrganization().Add("710000000001", "Web");

        var result = Json(await app.Host.PostAsync("/api/accounts/710000000000/import-members", new { }, 200));

        Assert.Equal("710000000001", Assert.Single(result.GetProperty("imported").EnumerateArray()).GetProperty("accountId").GetString());
        Assert.Single(app.Aws.RequestsFor("organizations", "ListAccounts"));
    }
}
