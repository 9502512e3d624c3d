using System.Threading.Channels;

namespace Inventory.Api.Mail;

/// <summary>
/// Mail that leaves after the request has been answered, so the answer's timing says nothing about whether a message was sent
/// (a reset link for an existing user or nothing). Held in memory only: it may carry a secret link, which must not be stored.
/// </summary>
public sealed class MailQueue
{
    private readonly Channel<OutgoingMail> _queue = Channel.CreateBounded<OutgoingMail>(new BoundedChannelOptions(1_000)
    {
        // Under a flood of requests the oldest waiting messages give way; each person can ask again.
        FullMode = BoundedChannelFullMode.DropOldest,
    });

    public void Enqueue(OutgoingMail mail) => _queue.Writer.TryWrite(mail);

    internal ChannelReader<OutgoingMail> Reader => _queue.Reader;
}

/// <summary>Sends queued mail one message at a time; a failure is logged (never its text, which may hold a link) and the next goes on.</summary>
internal sealed class MailQueueSender(MailQueue queue, Mailer mailer, ILogger<MailQueueSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var mail in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await mailer.SendAsync(mail, stoppingToken);
            }
            catch (MailNotSetUp)
            {
                // The mailer said why already, once, as a warning.
            }
            catch (MailDeliveryFailed e)
            {
                logger.LogError("Mail to {To} ({Subject}) was not sent: {Reason}", mail.To, mail.Subject, e.Message);
            }
        }
    }
}
