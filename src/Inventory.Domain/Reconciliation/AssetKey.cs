using System.Security.Cryptography;
using System.Text;
using Inventory.Domain.Observations;
using Inventory.Domain.Scopes;

namespace Inventory.Domain.Reconciliation;

/// <summary>
/// The asset stream key, decided once at first sight from the best match key available:
/// ARN; else resource id + account + region; else name + account + service. Always inside one account.
/// </summary>
public static class AssetKey
{
    public static string? For(ScopeId scope, Observation observation)
    {
        var matchKey = MatchKey(scope, observation);
        return matchKey is null ? null : FromMatchKey(matchKey);
    }

    internal static string? MatchKey(ScopeId scope, Observation observation)
    {
        // The account is part of every key, so identical ARNs or ids never join two accounts' assets.
        if (!string.IsNullOrEmpty(observation.Arn))
            return $"arn|{scope.AccountId}|{observation.Arn}";
        if (!string.IsNullOrEmpty(observation.ResourceId))
            return $"id|{scope.AccountId}|{scope.Region}|{scope.Service}|{observation.ResourceId}";
        if (!string.IsNullOrEmpty(observation.Name))
            return $"name|{scope.AccountId}|{scope.Region}|{scope.Service}|{observation.Name}";
        return null;
    }

    internal static string FromMatchKey(string matchKey) =>
        "ast-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(matchKey)).AsSpan(0, 16));
}
