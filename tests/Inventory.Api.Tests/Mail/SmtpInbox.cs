using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Threading.Channels;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.ComponentModel;
using SmtpServer.Mail;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Inventory.Api.Tests.Mail;

/// <summary>
/// A real SMTP server on a random loopback port that keeps what it receives, so a test reads back the message the product sent.
/// It refuses recipients at <see cref="RefusedDomain"/> and, when given credentials, every sign-in but theirs.
/// </summary>
public sealed class SmtpInbox : IAsyncDisposable
{
    public const string RefusedDomain = "refused.test";

    private readonly Channel<MimeMessage> _received = Channel.CreateUnbounded<MimeMessage>();
    private readonly CancellationTokenSource _stop = new();
    private Task _running = Task.CompletedTask;

    public int Port { get; private set; }

    /// <summary>Every user name and password a client signed in with, in order.</summary>
    public ConcurrentQueue<(string User, string Password)> SignIns { get; } = new();

    public static async Task<SmtpInbox> StartAsync((string User, string Password)? credentials = null)
    {
        var inbox = new SmtpInbox();
        var listeners = new EndpointListenerFactory();
        var started = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        listeners.EndpointStarted += (_, e) => started.TrySetResult(((IPEndPoint)e.LocalEndPoint).Port);

        var options = new SmtpServerOptionsBuilder()
            .ServerName("inbox.test")
            .Endpoint(endpoint => endpoint
                .Endpoint(new IPEndPoint(IPAddress.Loopback, 0))
                .AuthenticationRequired(credentials is not null)
                .AllowUnsecureAuthentication(credentials is not null))
            .Build();
        var services = new ServiceProvider();
        services.Add(listeners);
        services.Add(new Store(inbox._received.Writer));
        services.Add(new RefuseDomain());
        services.Add(new DelegatingUserAuthenticator((user, password) =>
        {
            inbox.SignIns.Enqueue((user, password));
            return credentials is { } c && c.User == user && c.Password == password;
        }));
        inbox._running = new SmtpServer.SmtpServer(options, services).StartAsync(inbox._stop.Token);
        inbox.Port = await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        return inbox;
    }

    /// <summary>The next message received; the product hands mail over before it answers, so it is normally there already.</summary>
    public async Task<MimeMessage> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await _received.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>True when no message arrived that a test has not read.</summary>
    public bool IsEmpty => !_received.Reader.TryPeek(out _);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }
        _stop.Dispose();
    }

    private sealed class Store(ChannelWriter<MimeMessage> received) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer,
            CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            await received.WriteAsync(await MimeMessage.LoadAsync(stream, cancellationToken), cancellationToken);
            return SmtpResponse.Ok;
        }
    }

    private sealed class RefuseDomain : IMailboxFilter
    {
        public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) => Task.FromResult(true);

        public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
            Task.FromResult(!string.Equals(to.Host, RefusedDomain, StringComparison.OrdinalIgnoreCase));
    }
}
