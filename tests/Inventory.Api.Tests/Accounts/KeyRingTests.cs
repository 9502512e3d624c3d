using Alba;
using Inventory.Api.Secrets;
using Inventory.Api.Tests.Harness;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.Api.Tests.Accounts;

/// <summary>The Data Protection key ring lives in PostgreSQL, so another instance decrypts what this one encrypted.</summary>
public sealed class KeyRingTests(InventoryApp app) : IClassFixture<InventoryApp>
{
    [Fact]
    public async Task A_second_host_on_the_same_schema_decrypts_a_secret_encrypted_by_the_first()
    {
        var ciphertext = app.Host.Services.GetRequiredService<AccountSecrets>().Protect("shared-secret");

        await using (var session = app.Store.QuerySession())
            Assert.NotEmpty(await session.Query<DataProtectionKey>().ToListAsync());

        var connectionString = await TestDatabase.ConnectionStringAsync();
        await using var second = await AlbaHost.For<Program>(web =>
        {
            web.UseSetting("ConnectionStrings:Inventory", connectionString);
            web.UseSetting("Inventory:Schema", app.Schema);
            web.UseSetting("Inventory:RunProjections", "false");
        });
        Assert.Equal("shared-secret", second.Services.GetRequiredService<AccountSecrets>().Reveal(ciphertext));
    }
}
