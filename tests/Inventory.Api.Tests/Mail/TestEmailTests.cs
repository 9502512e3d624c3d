using System.Net;
using System.Net.Sockets;
using Inventory.Api.Tests.Harness;
using MimeKit;
using static Inventory.Api.Tests.Accounts.AccountCalls;

namespace Inventory.Api.Tests.Mail;

/// <summary>POST /api/admin/settings/test-email through a real SMTP server on loopback, and the problems when sending fails.</summary>
public sealed class TestEmailTests(InventoryApp app) : IClassFixture<InventoryApp>, IAsyncLifetime
{
    private const string Password = "smtp-password";
    private SmtpInbox _inbox = null!;

    public async Task InitializeAsync() => _inbox = await SmtpInbox.StartAsync(("mailer", Password));

    public async Task DisposeAsync() => await _inbox.DisposeAsync();

    private Task UseSmtpAsync(int port, string security = "None", string? password = Password) =>
        app.Host.PutAsync("/api/admin/settings", new
        {
            email = new
            {
                mode = "Smtp", host = "127.0.0.1", port, security, username = "mailer", password,
                fromAddress = "inventory@example.com", fromName = "Inventory at Example",
            },
        }, 200);

    [Fact]
    public async Task A_test_message_is_delivered_over_smtp_signed_in_with_the_stored_password()
    {
        await UseSmtpAsync(_inbox.Port);

        await app.Host.PostAsync("/api/admin/settings/test-email", new { to = "admin@example.com" }, 202);

        var message = await _inbox.NextAsync();
        Assert.Equal("admin@example.com", Assert.IsType<MailboxAddress>(Assert.Single(message.To)).Address);
        var from = Assert.IsType<MailboxAddress>(Assert.Single(message.From));
        Assert.Equal(("Inventory at Example", "inventory@example.com"), (from.Name, from.Address));
        Assert.Equal("Inventory test message", message.Subject);
        Assert.Contains("e-mail settings work", message.TextBody);
        Assert.Contains(("mailer", Password), _inbox.SignIns);
    }

    [Fact]
    public async Task A_refused_recipient_is_a_502_naming_the_servers_answer()
    {
        await UseSmtpAsync(_inbox.Port);

        var problem = Json(await app.Host.PostAsync("/api/admin/settings/test-email", new { to = "someone@" + SmtpInbox.RefusedDomain }, 502));

        Assert.Contains("refused the message", problem.GetProperty("detail").GetString());
        Assert.Contains("550", problem.GetProperty("detail").GetString());
        // The server's own words are its to choose: they go to the log, not to the browser.
        Assert.DoesNotContain("mailbox", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task With_mail_disabled_a_test_message_is_a_409_and_nothing_is_written_to_the_log_but_why()
    {
        await UseSmtpAsync(_inbox.Port);
        await app.Host.PutAsync("/api/admin/settings", new { email = new { mode = "Disabled" } }, 200);

        var problem = Json(await app.Host.PostAsync("/api/admin/settings/test-email", new { to = "admin@example.com" }, 409));

        Assert.Equal("E-mail is not set up", problem.GetProperty("title").GetString());
        Assert.True(_inbox.IsEmpty);
    }

    [Fact]
    public async Task A_wrong_password_is_a_502_naming_the_sign_in()
    {
        await UseSmtpAsync(_inbox.Port, password: "wrong");

        var problem = Json(await app.Host.PostAsync("/api/admin/settings/test-email", new { to = "admin@example.com" }, 502));

        Assert.Contains("refused the sign-in of 'mailer'", problem.GetProperty("detail").GetString());
        Assert.DoesNotContain("wrong", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_server_that_is_not_there_is_a_502_naming_the_connection()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closed = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await UseSmtpAsync(closed);

        var problem = Json(await app.Host.PostAsync("/api/admin/settings/test-email", new { to = "admin@example.com" }, 502));

        Assert.Contains($"Could not connect to the SMTP server 127.0.0.1:{closed}", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Tls_asked_of_a_server_without_it_is_a_502_not_a_plain_text_fallback()
    {
        await UseSmtpAsync(_inbox.Port, security: "StartTls");

        var problem = Json(await app.Host.PostAsync("/api/admin/settings/test-email", new { to = "admin@example.com" }, 502));

        Assert.Contains("STARTTLS", problem.GetProperty("detail").GetString());
        Assert.True(_inbox.IsEmpty);
    }

    [Fact]
    public async Task In_console_mode_the_message_goes_to_the_log_and_no_server_is_contacted()
    {
        await UseSmtpAsync(_inbox.Port);
        await app.Host.PutAsync("/api/admin/settings", new { email = new { mode = "Console" } }, 200);

        await app.Host.PostAsync("/api/admin/settings/test-email", new { to = "admin@example.com" }, 202);

        Assert.True(_inbox.IsEmpty);
        Assert.Empty(_inbox.SignIns);
    }

    [Fact]
    public async Task The_recipient_must_be_an_address() =>
        Assert.True(Json(await app.Host.PostAsync("/api/admin/settings/test-email", new { to = "not an address" }, 400))
            .GetProperty("errors").TryGetProperty("to", out _));
}
