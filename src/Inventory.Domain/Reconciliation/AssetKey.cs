using System.Security.Cryptography;
using System.Text;
using Inventory.Domain.Observations;
using Inventory.Domain.Scopes;

namespace Inventory.Domain.Reconciliation;

/// <summary>
/// The asset stream key, decided once at first sight from the best match key available:
/// ARN; else resource id + account + region; else name + account + service. Always inside one scope of one account.
/// </summary>
public static class AssetKey
{
    public static string? For(ScopeId scope, Observation observation) => Candidates(scope, observation).FirstOrDefault();

    /// <summary>The stream keys this resource could start, strongest match key first.</summary>
    public static IEnumerable<string> Candidates(ScopeId scope, Observation observation) =>
        MatchKeys(scope, observation).Select(FromMatchKey);

    internal static string? MatchKey(ScopeId scope, Observation observation) => MatchKeys(scope, observation).FirstOrDefault();

    private static IEnumerable<string> MatchKeys(ScopeId scope, Observation observation)
    {
        // The whole scope is part of every key: identical ARNs or ids in two accounts or scopes never share a stream.
        var prefix = $"{scope.AccountId}|{scope.Region}|{scope.Service}";
        if (!string.IsNullOrEmpty(observation.Arn))
            yield return $"arn|{prefix}|{observation.Arn}";
        // Ids and names are unique only within a resource type (a key pair and a placement group may share a name).
        if (!string.IsNullOrEmpty(observation.ResourceId))
            yield return $"id|{prefix}|{observation.ResourceType}|{observation.ResourceId}";
        if (!string.IsNullOrEmpty(observation.Name))
            yield return $"name|{prefix}|{observation.ResourceType}|{observation.Name}";
    }

    internal static string FromMatchKey(string matchKey) =>
        "ast-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(matchKey)).AsSpan(0, 16));
}
