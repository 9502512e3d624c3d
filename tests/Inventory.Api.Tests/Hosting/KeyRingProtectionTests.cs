using Alba;
using Inventory.Api.Secrets;
using Inventory.Api.Tests.Harness;
using Marten;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.Api.Tests.Hosting;

/// <summary>The host with its key ring encrypted by the tests' certificate.</summary>
public sealed class EncryptedKeyRingApp : InventoryApp
{
    protected override void Configure(IWebHostBuilder web) => web.UseSetting(KeyRingProtection.CertificateSetting, TestKeys.CertificatePath);
}

/// <summary>The Data Protection key ring is stored encrypted with the configured certificate, and production will not start without one.</summary>
public sealed class KeyRingProtectionTests(EncryptedKeyRingApp app) : IClassFixture<EncryptedKeyRingApp>
{
    [Fact]
    public async Task Keys_are_stored_encrypted_and_a_new_host_with_the_certificate_reads_them_back()
    {
        var secret = app.Host.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("the-aws-secret");

        await using var session = app.Store.QuerySession();
        var keys = await session.Query<DataProtectionKey>().ToListAsync();
        Assert.NotEmpty(keys);
        Assert.All(keys, k =>
        {
            Assert.Contains("encryptedSecret", k.Xml);
            Assert.DoesNotContain("<masterKey", k.Xml);
        });

        await using var other = await AlbaHost.For<Program>(web =>
        {
            web.UseSetting("ConnectionStrings:Inventory", TestDatabase.ConnectionStringAsync().GetAwaiter().GetResult());
            web.UseSetting("Inventory:Schema", app.Schema);
            web.UseSetting("Inventory:RunProjections", "false");
            web.UseSetting(KeyRingProtection.CertificateSetting, TestKeys.CertificatePath);
        });
        Assert.Equal("the-aws-secret", other.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(secret));
    }

    [Fact]
    public async Task Production_refuses_to_start_without_a_certificate_and_says_which_setting_to_set()
    {
        var refused = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var host = await AlbaHost.For<Program>(web =>
            {
                web.UseEnvironment("Production");
                web.UseSetting("ConnectionStrings:Inventory", TestDatabase.ConnectionStringAsync().GetAwaiter().GetResult());
                web.UseSetting("Inventory:Schema", app.Schema);
                web.UseSetting(KeyRingProtection.CertificateSetting, "");
            });
        });

        var message = refused is InvalidOperationException ? refused.Message : refused.InnerException?.Message ?? refused.Message;
        Assert.Contains("Inventory:DataProtection:Certificate", message);
    }

    [Fact]
    public async Task A_certificate_path_that_does_not_exist_is_named()
    {
        var refused = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var host = await AlbaHost.For<Program>(web =>
            {
                web.UseSetting("ConnectionStrings:Inventory", TestDatabase.ConnectionStringAsync().GetAwaiter().GetResult());
                web.UseSetting("Inventory:Schema", app.Schema);
                web.UseSetting(KeyRingProtection.CertificateSetting, "/nonexistent/key-ring.pfx");
            });
        });

        Assert.Contains("/nonexistent/key-ring.pfx", refused.ToString());
    }
}
