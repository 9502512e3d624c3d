using System.Net.Sockets;
using Inventory.Domain.Settings;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Inventory.Api.Mail;

/// <summary>Hands a message to the configured SMTP server over one short-lived connection.</summary>
internal static class SmtpDelivery
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task SendAsync(EmailSettings settings, string? password, MimeMessage message, CancellationToken cancellation)
    {
        var server = $"{settings.Host}:{settings.Port}";
        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(settings.Host ?? "localhost", settings.Port, Options(settings.Security), cancellation);
            if (settings.Username is not null)
                await client.AuthenticateAsync(settings.Username, password ?? "", cancellation);
            await client.SendAsync(message, cancellation);
            await client.DisconnectAsync(true, cancellation);
        }
        // What the server said is its own text (and may be anything): the answer gives its status code and our words, the log has the rest.
        catch (SmtpCommandException e)
        {
            throw new MailDeliveryFailed($"The SMTP server {server} refused the message with status {(int)e.StatusCode} ({e.ErrorCode}).", e);
        }
        catch (AuthenticationException e)
        {
            throw new MailDeliveryFailed($"The SMTP server {server} refused the sign-in of '{settings.Username}': check email.username and email.password.", e);
        }
        catch (SmtpProtocolException e)
        {
            throw new MailDeliveryFailed($"The SMTP server {server} did not answer as an SMTP server does.", e);
        }
        catch (SocketException e)
        {
            throw new MailDeliveryFailed($"Could not connect to the SMTP server {server}: {e.Message}", e);
        }
        catch (Exception e) when (e is SslHandshakeException or IOException or TimeoutException or NotSupportedException
                                      or ServiceNotAuthenticatedException)
        {
            throw new MailDeliveryFailed($"Sending through the SMTP server {server} failed: {e.Message}", e);
        }
    }

    private static SecureSocketOptions Options(SmtpSecurity security) => security switch
    {
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.None,
    };
}
