using Inventory.Domain.Assets;
using Inventory.Domain.Settings;

namespace Inventory.Api.Tests.Settings;

/// <summary>The settings' decisions as pure functions: which events a change gives, and which field each problem names.</summary>
public sealed class SettingsDecisionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Cause Alice = Cause.User("alice");

    private static string Protect(string secret) => "protected:" + secret;

    private static SettingsDecision Change(SettingsInput input, ProductSettings? current = null) =>
        SettingsDecisions.Change(current ?? ProductSettings.Defaults(), input, Protect, Now, Alice);

    private static IReadOnlyDictionary<string, string[]> Errors(SettingsInput input, ProductSettings? current = null) =>
        Assert.IsType<SettingsDecision.Invalid>(Change(input, current)).Errors;

    private static IReadOnlyList<object> Events(SettingsInput input, ProductSettings? current = null) =>
        Assert.IsType<SettingsDecision.Accepted>(Change(input, current)).Events;

    private static SsoInput Sso(string? issuer = "https://login.example.com/", bool enabled = true, string? clientId = "inventory",
        string? secret = null, string?[]? scopes = null, string? roleClaim = null, string? adminValue = null) =>
        new(enabled, "Example login", issuer, clientId, secret, scopes, roleClaim, adminValue);

    private static EmailInput Smtp(string? host = "smtp.example.com", int? port = 587, string? from = "inventory@example.com",
        string? password = null, string? mode = "Smtp", string? security = "StartTls") =>
        new(mode, host, port, security, "mailer", password, from, "Inventory");

    [Fact]
    public void Defaults_are_no_mail_no_sso_daily_discovery_and_eight_hour_sessions()
    {
        var settings = ProductSettings.Defaults();
        Assert.Equal(EmailMode.Disabled, settings.Email.Mode);
        Assert.False(settings.Sso.Enabled);
        Assert.Equal(["openid", "profile", "email"], settings.Sso.Scopes);
        Assert.Equal(DiscoveryInterval.Daily, settings.DiscoveryInterval);
        Assert.Equal(480, settings.SessionTimeoutMinutes);
    }

    [Fact]
    public void Each_changed_section_is_one_event_naming_who_changed_it_and_unchanged_ones_none()
    {
        var events = Events(new SettingsInput(Sso(), Smtp(), "Weekly", 60));

        Assert.Collection(events,
            e => Assert.Equal("https://login.example.com/", Assert.IsType<SsoSettingsChanged>(e).Sso.Issuer),
            e => Assert.Equal("smtp.example.com", Assert.IsType<EmailSettingsChanged>(e).Email.Host),
            e => Assert.Equal(DiscoveryInterval.Weekly, Assert.IsType<DiscoveryIntervalChanged>(e).Interval),
            e => Assert.Equal(60, Assert.IsType<SessionTimeoutChanged>(e).Minutes));
        Assert.All(events, e => Assert.Equal(Alice, ((dynamic)e).Cause));

        Assert.Empty(Events(new SettingsInput(null, null, "Daily", 480)));
    }

    [Fact]
    public void Saving_the_same_sso_section_again_changes_nothing()
    {
        var current = ProductSettings.Defaults();
        current.Sso = Assert.IsType<SsoSettingsChanged>(Assert.Single(Events(new SettingsInput(Sso(scopes: ["openid", "email"]), null, null, null)))).Sso;

        Assert.Empty(Events(new SettingsInput(Sso(scopes: ["openid", "email"]), null, null, null), current));
    }

    [Fact]
    public void Secrets_are_protected_before_they_reach_an_event_kept_when_omitted_and_cleared_with_empty_text()
    {
        var set = Assert.IsType<EmailSettingsChanged>(Assert.Single(Events(new SettingsInput(null, Smtp(password: "hunter2"), null, null)))).Email;
        Assert.Equal("protected:hunter2", set.ProtectedPassword);

        var current = ProductSettings.Defaults();
        current.Email = set;
        Assert.Empty(Events(new SettingsInput(null, Smtp(password: null), null, null), current));
        var cleared = Assert.IsType<EmailSettingsChanged>(Assert.Single(Events(new SettingsInput(null, Smtp(password: ""), null, null), current))).Email;
        Assert.Null(cleared.ProtectedPassword);

        var sso = Assert.IsType<SsoSettingsChanged>(Assert.Single(Events(new SettingsInput(Sso(secret: "s3cret"), null, null, null)))).Sso;
        Assert.Equal("protected:s3cret", sso.ProtectedClientSecret);
    }

    [Theory]
    [InlineData("http://login.example.com/", "plain http is allowed only")]
    [InlineData("login.example.com", "absolute https URL")]
    [InlineData("ftp://login.example.com/", "absolute https URL")]
    [InlineData("https://login.example.com/?tenant=1", "query or fragment")]
    public void An_issuer_must_be_an_absolute_https_url(string issuer, string message) =>
        Assert.Contains(message, Assert.Single(Errors(new SettingsInput(Sso(issuer), null, null, null))["sso.issuer"]));

    [Theory]
    [InlineData("http://localhost:5001/")]
    [InlineData("http://127.0.0.1:5001/")]
    [InlineData("http://[::1]:5001/")]
    [InlineData("https://login.example.com/realms/main")]
    public void Plain_http_is_accepted_for_a_provider_on_loopback(string issuer) =>
        Assert.Single(Events(new SettingsInput(Sso(issuer), null, null, null)));

    [Fact]
    public void Enabled_sso_needs_an_issuer_a_client_id_and_the_openid_scope()
    {
        var errors = Errors(new SettingsInput(Sso(issuer: "", clientId: "", scopes: ["profile", "bad scope"]), null, null, null));

        Assert.Equal(["sso.clientId", "sso.issuer", "sso.scopes", "sso.scopes[1]"], errors.Keys.Order());
        Assert.Single(Events(new SettingsInput(Sso(issuer: "", clientId: "", enabled: false), null, null, null)));
    }

    [Fact]
    public void An_admin_value_needs_the_role_claim_that_carries_it() =>
        Assert.Contains("sso.roleClaim", Errors(new SettingsInput(Sso(adminValue: "inventory-admins"), null, null, null)).Keys);

    [Fact]
    public void Smtp_needs_a_host_a_port_in_range_a_valid_sender_and_known_names()
    {
        var errors = Errors(new SettingsInput(null, Smtp(host: "", port: 70000, from: "not an address", security: "Tls"), "Fortnightly", 4));

        Assert.Equal(["discoveryInterval", "email.fromAddress", "email.host", "email.port", "email.security", "sessionTimeoutMinutes"], errors.Keys.Order());
        Assert.Contains("None, StartTls, SslOnConnect", errors["email.security"][0]);
        Assert.Contains("between 5 and 10080", errors["sessionTimeoutMinutes"][0]);
    }

    [Fact]
    public void Console_mail_needs_no_host_and_names_are_matched_without_regard_to_case()
    {
        var email = Assert.IsType<EmailSettingsChanged>(Assert.Single(Events(new SettingsInput(null, Smtp(host: "", mode: "console", security: "ssloNconnect"), null, null)))).Email;

        Assert.Equal(EmailMode.Console, email.Mode);
        Assert.Equal(SmtpSecurity.SslOnConnect, email.Security);
        Assert.Null(email.Host);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(65536)]
    public void A_port_outside_1_to_65535_is_refused(int port) =>
        Assert.Equal(["email.port"], Errors(new SettingsInput(null, Smtp(port: port), null, null)).Keys);

    [Fact]
    public void Numbers_are_not_accepted_for_names() =>
        Assert.Equal(["discoveryInterval"], Errors(new SettingsInput(null, null, "2", null)).Keys);

    private static ProductSettings WithSecrets() => new()
    {
        Sso = SsoSettings.Defaults with { Enabled = true, Issuer = "https://login.example.com/", ClientId = "inventory", ProtectedClientSecret = "protected:s" },
        Email = EmailSettings.Defaults with { Mode = EmailMode.Smtp, Host = "smtp.example.com", Username = "mailer", ProtectedPassword = "protected:p" },
    };

    [Theory]
    [InlineData("smtp.attacker.example", 587, "StartTls", "mailer")]
    [InlineData("smtp.example.com", 2525, "StartTls", "mailer")]
    [InlineData("smtp.example.com", 587, "None", "mailer")]
    [InlineData("smtp.example.com", 587, "StartTls", "someone-else")]
    public void Sending_the_stored_mail_password_somewhere_new_needs_the_password_again(string host, int port, string security, string username)
    {
        var change = new EmailInput("Smtp", host, port, security, username, null, "inventory@example.com", "Inventory");

        Assert.Contains("email.password", Errors(new SettingsInput(null, change, null, null), WithSecrets()).Keys);
        var resent = Assert.IsType<EmailSettingsChanged>(Assert.Single(Events(new SettingsInput(null, change with { Password = "new" }, null, null), WithSecrets())));
        Assert.Equal("protected:new", resent.Email.ProtectedPassword);
        var cleared = Assert.IsType<EmailSettingsChanged>(Assert.Single(Events(new SettingsInput(null, change with { Password = "" }, null, null), WithSecrets())));
        Assert.Null(cleared.Email.ProtectedPassword);
    }

    [Theory]
    [InlineData("https://login.attacker.example/", "inventory")]
    [InlineData("https://login.example.com/", "another-client")]
    public void Sending_the_stored_client_secret_to_a_new_issuer_or_client_needs_the_secret_again(string issuer, string clientId)
    {
        var change = new SsoInput(true, null, issuer, clientId, null, null, null, null);

        Assert.Contains("sso.clientSecret", Errors(new SettingsInput(change, null, null, null), WithSecrets()).Keys);
        Assert.Single(Events(new SettingsInput(change with { ClientSecret = "again" }, null, null, null), WithSecrets()));
    }

    [Fact]
    public void The_stored_secrets_stay_when_their_destination_does()
    {
        var sameMail = new EmailInput("Smtp", "smtp.example.com", 587, "StartTls", "mailer", null, "other@example.com", "Other");
        var sameSso = new SsoInput(true, "New name", "https://login.example.com/", "inventory", null, null, null, null);

        var events = Events(new SettingsInput(sameSso, sameMail, null, null), WithSecrets());

        Assert.Equal("protected:s", Assert.IsType<SsoSettingsChanged>(events[0]).Sso.ProtectedClientSecret);
        Assert.Equal("protected:p", Assert.IsType<EmailSettingsChanged>(events[1]).Email.ProtectedPassword);
    }
}
