using System.Text.RegularExpressions;

namespace Inventory.Api.Tests.Deployment;

/// <summary>
/// Turns a chart template into plain YAML without Helm: control lines go, every expression becomes a unique scalar, and a
/// line that only includes a block becomes one key at the indentation it asks for. Enough to prove the structure is YAML.
/// </summary>
internal static partial class HelmTemplate
{
    public static string Flatten(string template)
    {
        var counter = 0;
        var lines = new List<string>();
        foreach (var line in template.Split('\n'))
        {
            var trimmed = line.Trim();
            if (ControlLine().IsMatch(trimmed))
                continue;
            var block = BlockLine().Match(trimmed);
            if (block.Success)
            {
                lines.Add(new string(' ', int.Parse(block.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)) + $"block{++counter}: x");
                continue;
            }
            lines.Add(Expression().Replace(line, _ => $"v{++counter}"));
        }
        return string.Join('\n', lines);
    }

    /// <summary>Every .Values path the template reads.</summary>
    public static IEnumerable<string> ValuePaths(string template) =>
        ValuePath().Matches(template).Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"^\{\{-?\s*(?:(?:if|else|end|with|range|define)\b|\$[A-Za-z]+\s*:=).*\}\}$")]
    private static partial Regex ControlLine();

    [GeneratedRegex(@"^\{\{-?\s*(?:include|toYaml)\b.*\|\s*nindent\s+(\d+)\s*-?\}\}$")]
    private static partial Regex BlockLine();

    [GeneratedRegex(@"\{\{.*?\}\}")]
    private static partial Regex Expression();

    [GeneratedRegex(@"\.Values\.([A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*)")]
    private static partial Regex ValuePath();
}
