using Inventory.Api.Access;
using Inventory.Api.Health;
using Inventory.Domain;
using Inventory.Domain.Observations;
using JasperFx;
using JasperFx.Events.Daemon;
using Marten;
using Marten.Exceptions;
using Microsoft.Extensions.FileProviders;
using Npgsql;
using Wolverine;
using Wolverine.ErrorHandling;
using Wolverine.Http;
using Wolverine.Marten;

namespace Inventory.Api.Hosting;

internal static class InventoryHost
{
    public static void AddInventory(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Inventory").Get<InventoryOptions>() ?? new InventoryOptions();
        var connectionString = builder.Configuration.GetConnectionString("Inventory");
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException(
                "No database configured: set ConnectionStrings:Inventory (environment ConnectionStrings__Inventory), or start the product with ./run.sh which starts a local PostgreSQL.");

        builder.Services.AddSingleton(options);
        // One per instance: the read models' pace seen by this instance's reads, for jobs' estimated time to visible.
        builder.Services.AddSingleton(new Domain.DiscoveryJobs.CatchUpPace());
        var cluster = ClusterSettings.From(builder.Configuration);
        builder.Services.AddSingleton(new VolatileFields(
            VolatileFields.Defaults.Concat(options.VolatileFields).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value)));

        var marten = builder.Services.AddMarten(store =>
            {
                store.Connection(WithAutoPrepare(connectionString));
                InventoryStore.Configure(store, options.Schema);
                store.Projections.LeadershipPollingTime = (int)cluster.LeadershipPolling.TotalMilliseconds;
            })
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup()
            .IntegrateWithWolverine(w =>
            {
                w.MessageStorageSchemaName = options.Schema + "_messages";
                // Shared: Wolverine's leader hands each projection to a node and moves a dead node's share to the others.
                w.UseWolverineManagedEventSubscriptionDistribution = options.RunProjections && cluster.ShareProjections;
            });
        // Not shared: one elected leader runs every projection; the others stand by for its lock.
        if (options.RunProjections && !cluster.ShareProjections)
            marten.AddAsyncDaemon(DaemonMode.HotCold);

        builder.Host.UseWolverine(wolverine =>
        {
            wolverine.UseRuntimeCompilation();
            wolverine.Policies.AutoApplyTransactions();
            // Messages sent between handlers survive a crash: they live in PostgreSQL until handled.
            wolverine.Policies.UseDurableLocalQueues();
            wolverine.Policies.UseDurableOutboxOnAllSendingEndpoints();
            wolverine.AutoBuildMessageStorageOnStartup = AutoCreate.CreateOrUpdate;
            wolverine.Durability.HealthCheckPollingTime = cluster.HealthCheckInterval;
            wolverine.Durability.StaleNodeTimeout = cluster.StaleNodeTimeout;
            // The leader checks the projections' assignments as often as the nodes' health, so a dead node's share moves as soon as it is stale.
            if (cluster.ShareProjections)
                wolverine.Durability.CheckAssignmentPeriod = cluster.HealthCheckInterval;
            wolverine.ApplicationAssembly = typeof(InventoryHost).Assembly;
            // Handlers bound their own work (a job's time limit, a cost refresh's); the framework's default minute would cut an account's scan short.
            var jobs = DiscoveryJobs.JobSettings.From(builder.Configuration);
            wolverine.DefaultExecutionTimeout = jobs.TimeLimit + jobs.TakeoverGrace + TimeSpan.FromMinutes(5);
            // Accounts are discovered in parallel up to the configured limit; each bounds its own scopes.
            wolverine.LocalQueueFor<DiscoveryJobs.DiscoverAccount>()
                .MaximumParallelMessages(jobs.AccountConcurrency);
            // Two scans of one scope race on the scope stream's version; the loser retries on fresh state.
            Scheduling.SchedulingRegistration.AddScheduledChecks(wolverine, builder.Configuration);
            wolverine.OnException<ConcurrencyException>().Or<ExistingStreamIdCollisionException>().RetryWithCooldown(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(250));
        });

        Secrets.SecretsRegistration.AddAccountSecrets(builder.Services, builder.Configuration, builder.Environment);
        Settings.SettingsRegistration.AddProductSettings(builder.Services);
        Access.Sso.SsoRegistration.AddSingleSignOn(builder.Services);
        Access.PasswordReset.PasswordResetRegistration.AddPasswordReset(builder.Services);
        builder.Services.AddHostedService<Categories.CategorySeeding>();
        Accounts.Connection.AwsEndpointSettings.AddAwsEndpoints(builder.Services, builder.Configuration);
        builder.Services.AddWolverineHttp();
        builder.Services.AddInventoryOpenApi();
        // Statuses, kinds and reasons travel as their names, which clients can read without a table of numbers.
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        builder.Services.AddProblemDetails();
        builder.Services.AddProxyHeaders(builder.Configuration);
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        builder.AddInventoryAccess();
    }

    public static void UseInventory(this WebApplication app)
    {
        Secrets.KeyRingProtection.WarnWhenUnprotected(app);
        app.UseProxyHeaders();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // The UI's files are public: served before routing and authentication.
        var ui = app.ServeUiFiles();
        app.UseRouting();
        app.UseInventoryAccess();
        app.UseMiddleware<QueryText>();
        app.UseMiddleware<JsonBodies>();
        app.MapHealthEndpoints();
        app.MapWolverineEndpoints(http =>
        {
            // A query value that does not parse is a 400 naming it, never a silent default.
            http.RejectUnparseableQueryValues = true;
            http.ConfigureEndpoints(JsonBodies.Describe);
        });
        app.MapOpenApi().AllowAnonymous();
        if (ui is not null)
            app.MapUiFallback(ui);
    }

    private static PhysicalFileProvider? ServeUiFiles(this WebApplication app)
    {
        var root = app.Services.GetRequiredService<InventoryOptions>().UiRoot ?? FindUiRoot(app.Environment.ContentRootPath);
        if (root is null || !Directory.Exists(root))
            return null;
        var files = new PhysicalFileProvider(Path.GetFullPath(root));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        return files;
    }

    private static void MapUiFallback(this WebApplication app, PhysicalFileProvider files) =>
        // Client-side routes load the single page; unknown API paths stay 404 (401 to nobody signed in, as every API path).
        app.MapFallback(async context =>
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                await (context.User.Identity?.IsAuthenticated == true
                    ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No endpoint answers {context.Request.Path}.")
                    : Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in required", detail: "Sign in to use the API.")).ExecuteAsync(context);
                return;
            }
            context.Response.ContentType = "text/html";
            await context.Response.SendFileAsync(files.GetFileInfo("index.html"));
        }).AllowAnonymous().ExcludeFromDescription();

    // Marten sends the same few statements per stream thousands of times a scan; prepared, PostgreSQL skips re-planning them.
    private static string WithAutoPrepare(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 50;
            builder.AutoPrepareMinUsages = 2;
        }
        return builder.ConnectionString;
    }

    private static string? FindUiRoot(string contentRoot)
    {
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "ui", "dist"), Path.Combine(dir.FullName, "ui", "public") })
            {
                if (File.Exists(Path.Combine(candidate, "index.html")))
                    return candidate;
            }
        }
        return null;
    }
}
