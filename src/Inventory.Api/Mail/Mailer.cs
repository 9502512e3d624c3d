using Inventory.Api.Settings;
using Inventory.Domain.Settings;
using Marten;
using MimeKit;

namespace Inventory.Api.Mail;

/// <summary>Sends the product's mail the way the settings say at the moment of sending: SMTP, or the log in development.</summary>
public sealed class Mailer(IDocumentStore store, SettingsSecrets secrets, IHostEnvironment environment, ILogger<Mailer> logger)
{
    /// <exception cref="MailDeliveryFailed">The SMTP server could not be reached or refused the message.</exception>
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellation)
    {
        EmailSettings settings;
        await using (var session = store.QuerySession())
            settings = (await ProductSettingsReader.CurrentAsync(session, cancellation)).Email;

        if (settings.Mode == EmailMode.Disabled || (settings.Mode == EmailMode.Console && !environment.IsDevelopment()))
        {
            // Outside development the log is no place for a message whole: it may carry a reset link.
            logger.LogWarning("E-mail is {Mode}: not sending '{Subject}' to {To}; an administrator sets up SMTP in the settings",
                settings.Mode == EmailMode.Disabled ? "disabled" : "in console mode, which only development allows", mail.Subject, mail.To);
            throw new MailNotSetUp();
        }
        if (settings.Mode == EmailMode.Console)
        {
            // Development mode: the message goes to the log whole, so links in it can be followed; no server, no credentials.
            logger.LogInformation("E-mail (console mode) from {From} to {To}, subject {Subject}:\n{Text}", settings.FromAddress, mail.To, mail.Subject, mail.Text);
            return;
        }
        await SmtpDelivery.SendAsync(settings, secrets.Reveal(settings.ProtectedPassword), Message(settings, mail), cancellation);
        logger.LogInformation("E-mail sent through {Host}:{Port} to {To}, subject {Subject}", settings.Host, settings.Port, mail.To, mail.Subject);
    }

    private static MimeMessage Message(EmailSettings settings, OutgoingMail mail)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName ?? "", settings.FromAddress));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.Body = new TextPart("plain") { Text = mail.Text };
        return message;
    }
}
