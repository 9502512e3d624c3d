namespace Inventory.StubAws.Core;

/// <summary>
/// Errors to answer instead of the real thing: "the next N calls of service S action A answer code C with status H",
/// optionally only for one account or region. Faults are used up in the order they were added.
/// </summary>
public sealed class StubFaults
{
    private readonly object gate = new();
    private readonly List<Fault> faults = [];

    /// <summary>Answers <paramref name="times"/> calls (use <see cref="int.MaxValue"/> for "until cleared") with the error.</summary>
    public void Add(
        string service, string action, string code, int status, int times = 1,
        string? message = null, string? accountId = null, string? region = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        lock (gate)
            faults.Add(new Fault(service, action, accountId, region, new StubError(code, message ?? $"Injected fault: {code}.", status), times));
    }

    /// <summary>
    /// The AWS throttling answer in the shape the service uses: EC2 503 RequestLimitExceeded, S3 503 SlowDown, REST-JSON services
    /// 429 TooManyRequestsException, JSON 1.1 services 400 ThrottlingException, query and REST-XML services 400 Throttling.
    /// </summary>
    public void Throttle(string service, string action, int times, string? accountId = null, string? region = null)
    {
        var (code, status) = service switch
        {
            "ec2" => ("RequestLimitExceeded", 503),
            "s3" => ("SlowDown", 503),
            "lambda" or "eks" or "es" or "kafka" => ("TooManyRequestsException", 429),
            "ecr" or "cognito-idp" or "ce" or "organizations" => ("ThrottlingException", 400),
            _ => ("Throttling", 400),
        };
        Add(service, action, code, status, times, "Rate exceeded.", accountId, region);
    }

    public void Clear()
    {
        lock (gate)
            faults.Clear();
    }

    /// <summary>Takes one use of the first matching fault.</summary>
    internal StubError? TakeFor(string service, string action, string accountId, string region)
    {
        lock (gate)
        {
            var fault = faults.FirstOrDefault(f => f.Matches(service, action, accountId, region));
            if (fault is null)
                return null;
            if (fault.Remaining != int.MaxValue && --fault.Remaining == 0)
                faults.Remove(fault);
            return fault.Error;
        }
    }

    private sealed class Fault(string service, string action, string? accountId, string? region, StubError error, int times)
    {
        public StubError Error { get; } = error;
        public int Remaining { get; set; } = times;

        public bool Matches(string s, string a, string account, string r) =>
            s == service && a == action && (accountId is null || accountId == account) && (region is null || region == r);
    }
}
