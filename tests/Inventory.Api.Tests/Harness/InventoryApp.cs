using Alba;
using Inventory.Api.Scans;
using Inventory.Domain.Reconciliation;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Marten;
using Wolverine.Tracking;

namespace Inventory.Api.Tests.Harness;

/// <summary>
/// The real host (Marten, Wolverine, HTTP) on the real database, in schemas of its own that are dropped afterwards.
/// One per test class, so classes run in parallel without seeing each other's data.
/// Requests are made as "alice", an Admin signed in through the real sign-in endpoint (created by the superadmin the
/// first start made); <see cref="SessionScenarios.As"/> sends one as someone else, and <c>Anonymously</c> as nobody.
/// </summary>
public class InventoryApp : IAsyncLifetime
{
    public const string SuperadminPassword = "superadmin-password-for-tests";
    public const string UserPassword = "password-for-tests";
    private static readonly TimeSpan ProjectionTimeout = TimeSpan.FromSeconds(60);
    private readonly Dictionary<string, TestSession> _sessions = [];
    private string _connectionString = "";

    public string Schema { get; } = "test_" + Guid.NewGuid().ToString("N")[..12];
    public IAlbaHost Host { get; private set; } = null!;
    public IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();
    public TestSession Superadmin { get; private set; } = null!;
    public TestSession Alice { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        _connectionString = await TestDatabase.ConnectionStringAsync();
        Host = await AlbaHost.For<Program>(web =>
        {
            web.UseSetting("ConnectionStrings:Inventory", _connectionString);
            web.UseSetting("Inventory:Schema", Schema);
            web.UseSetting("Inventory:Access:Superadmin:Password", SuperadminPassword);
            web.UseSetting("Inventory:Access:TokensOverHttp", "true");
            // An hour boundary during a run must not start work a test did not ask for; scheduling tests turn it on.
            web.UseSetting("Inventory:Scheduling:Enabled", "false");
            Configure(web);
        });
        Superadmin = await TestSession.SignInAsync(Host, "superadmin", SuperadminPassword);
        Alice = await UserAsync("alice");
        Host.BeforeEach(context => Alice.Attach(context));
    }

    /// <summary>A user created by the superadmin through the admin API (once per name) and signed in.</summary>
    public async Task<TestSession> UserAsync(string username, string role = "Admin")
    {
        if (_sessions.TryGetValue(username, out var session))
            return session;
        await Host.Scenario(s =>
        {
            s.As(Superadmin);
            s.Post.Json(new { username, displayName = username, role, password = UserPassword }).ToUrl("/api/admin/users");
            s.StatusCodeShouldBe(201);
        });
        return _sessions[username] = await TestSession.SignInAsync(Host, username, UserPassword);
    }

    /// <summary>Settings a fixture adds to the host's own.</summary>
    protected virtual void Configure(IWebHostBuilder web)
    {
    }

    /// <summary>Records a scope's scan through the Wolverine command and waits until the async projections have caught up.</summary>
    public async Task<ScopeScanRecorded> RecordAsync(ScopeScan scan)
    {
        var (_, recorded) = await Host.TrackActivity()
            .Timeout(ProjectionTimeout)
            .WaitForNonStaleDaemonDataAfterExecution(ProjectionTimeout)
            .InvokeAndWaitAsync<ScopeScanRecorded>(new RecordScopeScan(scan));
        return recorded ?? throw new InvalidOperationException("The scan recorded no result.");
    }

    /// <summary>Runs a request and returns once the async projections have caught up with what it appended.</summary>
    public async Task<T> AfterAsync<T>(Func<Task<T>> request)
    {
        var result = default(T)!;
        await Host.TrackActivity()
            .Timeout(ProjectionTimeout)
            .WaitForNonStaleDaemonDataAfterExecution(ProjectionTimeout)
            .ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ => result = await request()));
        return result;
    }

    public virtual async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await TestDatabase.DropSchemasAsync(_connectionString, Schema);
    }
}
