using Inventory.Api.Access.Users;
using Inventory.Domain.Access;
using Inventory.Domain.Assets;
using JasperFx.CommandLine;

namespace Inventory.Api.Access.Superadmin;

public sealed class CreateSuperadminInput : NetCoreInput
{
    [Description("The superadmin's username (default Inventory:Access:Superadmin:Username, else 'superadmin')")]
    public string? UsernameFlag { get; set; }

    [Description("The new password, at least 8 characters; a random one is generated and printed when left out")]
    public string? PasswordFlag { get; set; }
}

[Description("Create the superadmin, or give it a new password and make it an active superadmin again", Name = "create-superadmin")]
public sealed class CreateSuperadminCommand : JasperFxAsyncCommand<CreateSuperadminInput>
{
    public override async Task<bool> Execute(CreateSuperadminInput input)
    {
        // The host is built for its store and configuration, not started: no web server, daemon or first-start superadmin runs.
        using var host = input.BuildHost();
        var username = string.IsNullOrWhiteSpace(input.UsernameFlag) ? AccessOptions.From(host.Services.GetRequiredService<IConfiguration>()).Superadmin.Username
            : input.UsernameFlag.Trim();
        var password = input.PasswordFlag ?? SuperadminPassword.Generate();
        var users = host.Services.GetRequiredService<UserDirectory>();
        try
        {
            var existed = await users.FindByUsernameAsync(username, CancellationToken.None) is not null;
            var (decision, user) = await users.EnsureSuperadminAsync(username, password, Cause.User("command-line:" + Environment.UserName),
                CancellationToken.None);
            if (decision is not AccessDecision.Accepted)
            {
                Console.Error.WriteLine("Cannot create the superadmin: " + Reason(decision));
                return false;
            }
            Console.WriteLine(existed ? $"Superadmin '{user!.Username}' now has a new password and is active." : $"Superadmin '{user!.Username}' created.");
            if (input.PasswordFlag is null)
                Console.WriteLine("Password: " + password);
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Console.Error.WriteLine("Cannot create the superadmin: " + e.Message);
            return false;
        }
    }

    private static string Reason(AccessDecision decision) => decision switch
    {
        AccessDecision.Invalid invalid => string.Join(" ", invalid.Errors.Values.SelectMany(e => e)),
        AccessDecision.Conflict conflict => conflict.Detail,
        AccessDecision.Refused refused => refused.Detail,
        _ => decision.ToString(),
    };
}
