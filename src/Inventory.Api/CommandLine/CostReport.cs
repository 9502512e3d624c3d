using System.Globalization;
using Inventory.Domain.Costs;

namespace Inventory.Api.CommandLine;

/// <summary>How the refresh-costs command prints one management account's outcome.</summary>
internal static class CostReport
{
    /// <summary>Prints the figures, or the error the refresh recorded; true when it was an error.</summary>
    public static bool Print(CostView view)
    {
        if (view.LastError is { } error)
        {
            Console.Error.WriteLine($"{view.ManagementAccountId}: error {error.ErrorCode}: {error.Message}");
            return true;
        }
        Console.WriteLine($"{view.ManagementAccountId}: this month {Amount(view.ThisMonth, view.Currency)}, last month {Amount(view.LastMonth, view.Currency)} (fetched {view.FetchedAt:u})");
        return false;
    }

    private static string Amount(PeriodCosts? period, string? currency) =>
        period is null ? "none" : $"{period.Total.ToString("0.00", CultureInfo.InvariantCulture)} {currency}";
}
