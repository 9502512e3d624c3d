using Marten;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace Inventory.Api.Secrets;

internal static class SecretsRegistration
{
    /// <summary>Data Protection with its key ring in the event store's database (encrypted with the configured certificate), and the account secrets protector on top.</summary>
    public static IServiceCollection AddAccountSecrets(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.ConfigureMarten(o => o.Schema.For<DataProtectionKey>());
        KeyRingProtection.Configure(services.AddDataProtection().SetApplicationName("Inventory"), configuration, environment);
        services.AddOptions<KeyManagementOptions>()
            .Configure<IDocumentStore>((o, store) => o.XmlRepository = new MartenXmlRepository(store));
        services.AddSingleton<AccountSecrets>();
        return services;
    }
}
