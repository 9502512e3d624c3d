using System.Text.RegularExpressions;
using Alba;
using Inventory.Api.Access.Users;
using Inventory.Api.Tests.CommandLine;
using Inventory.Api.Tests.Harness;
using Inventory.Domain.Access;
using Inventory.Domain.Access.Users;
using Inventory.Domain.Assets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Inventory.Api.Tests.Access;

/// <summary>The first start's superadmin, and the create-superadmin command run as an operator would.</summary>
public sealed partial class SuperadminTests(AccessApp app) : IClassFixture<AccessApp>
{
    private Task<CommandResult> RunAsync(params string[] args) =>
        TestDatabase.ConnectionStringAsync().ContinueWith(c => ApiCommand.RunAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings__Inventory"] = c.Result,
            ["Inventory__Schema"] = app.Schema,
        }, args)).Unwrap();

    private async Task<string> RoleOfAsync(string username) =>
        AccessApp.Json((await app.SendAsync(s => s.As(app.Superadmin).Get.Url("/api/admin/users"))).Body).EnumerateArray()
            .Single(u => u.GetProperty("username").GetString() == username).GetProperty("role").GetString()!;

    [Fact]
    public async Task A_first_start_without_a_configured_password_prints_a_random_one_once()
    {
        var schema = "test_" + Guid.NewGuid().ToString("N")[..12];
        var connection = await TestDatabase.ConnectionStringAsync();
        try
        {
            var first = new LogCapture();
            string password;
            await using (var host = await StartAsync(connection, schema, first))
            {
                var line = Assert.Single(first.Lines, l => l.Contains("Created the superadmin"));
                password = PrintedPassword().Match(line).Groups["password"].Value;
                Assert.Equal(20, password.Length);
                await TestSession.SignInAsync(host, "superadmin", password);
            }

            var second = new LogCapture();
            await using (var host = await StartAsync(connection, schema, second))
            {
                Assert.DoesNotContain(second.Lines, l => l.Contains("Created the superadmin") || l.Contains(password));
                await TestSession.SignInAsync(host, "superadmin", password);
            }
        }
        finally
        {
            await TestDatabase.DropSchemasAsync(connection, schema);
        }
    }

    private static Task<IAlbaHost> StartAsync(string connection, string schema, LogCapture logs) =>
        AlbaHost.For<Program>(web =>
        {
            web.UseSetting("ConnectionStrings:Inventory", connection);
            web.UseSetting("Inventory:Schema", schema);
            web.UseSetting("Inventory:RunProjections", "false");
            web.ConfigureLogging(logging => logging.AddProvider(logs));
        });

    [Fact]
    public async Task The_command_creates_a_superadmin_with_a_generated_password_it_prints()
    {
        var result = await RunAsync("create-superadmin", "--username", "ops-root");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Superadmin 'ops-root' created.", result.Lines);
        var password = Assert.Single(result.Lines, l => l.StartsWith("Password: "))["Password: ".Length..];
        await TestSession.SignInAsync(app.Host, "ops-root", password);
        Assert.Equal("Superadmin", await RoleOfAsync("ops-root"));
    }

    [Fact]
    public async Task The_command_gives_an_existing_user_the_password_back_the_role_and_an_active_account()
    {
        await app.UserAsync("ops-reset", "ReadOnly");
        var users = app.Host.Services.GetRequiredService<UserDirectory>();
        var id = (await users.FindByUsernameAsync("ops-reset", CancellationToken.None))!.UserId;
        await users.ChangeAsync(id, new UserChange(null, null, null, false), Actor.System("test"), CancellationToken.None);

        var result = await RunAsync("create-superadmin", "--username", "ops-reset", "--password", "restored password");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain(result.Lines, l => l.Contains("restored password"));
        await TestSession.SignInAsync(app.Host, "ops-reset", "restored password");
        Assert.Equal("Superadmin", await RoleOfAsync("ops-reset"));
    }

    [Fact]
    public async Task The_command_ends_non_zero_on_a_short_password_or_an_sso_users_name()
    {
        await app.Host.Services.GetRequiredService<UserDirectory>().CreateAsync(new NewUser("sso-person", null, null, "ReadOnly", null), AuthSource.Oidc,
            Cause.User("sso"), CancellationToken.None);

        var tooShort = await RunAsync("create-superadmin", "--password", "short");
        var sso = await RunAsync("create-superadmin", "--username", "sso-person", "--password", "long enough");

        Assert.True(tooShort.ExitCode != 0, tooShort.ToString());
        Assert.Contains("Cannot create the superadmin: A password has at least 8 characters.", tooShort.Lines);
        Assert.True(sso.ExitCode != 0, sso.ToString());
        Assert.Contains(sso.Lines, l => l.StartsWith("Cannot create the superadmin: 'sso-person' signs in through single sign-on"));
    }

    [GeneratedRegex(@"with the password (?<password>\S+) \.")]
    private static partial Regex PrintedPassword();
}
