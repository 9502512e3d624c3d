namespace Inventory.Api.Mail;

internal static class MailRegistration
{
    public static IServiceCollection AddMail(this IServiceCollection services)
    {
        services.AddSingleton<Mailer>();
        services.AddSingleton<MailQueue>();
        services.AddHostedService<MailQueueSender>();
        return services;
    }
}
