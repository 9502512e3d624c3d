namespace Inventory.Benchmarks;

/// <summary>One measured figure beside its raw PostgreSQL baseline and its target.</summary>
internal sealed record Figure(string Name, Measure Inventory, Measure Baseline, string Target, bool Met)
{
    public static void Print(IReadOnlyList<Figure> figures)
    {
        string[] header = ["figure", "Inventory", "raw PostgreSQL", "ratio (product / baseline)", "target"];
        PrintTable(header, figures.Select(f => new[] { f.Name, f.Inventory.ToString(), f.Baseline.ToString(), f.Ratio, f.Target + (f.Met ? "  met" : "  MISSED") })
            .ToList());
    }

    /// <summary>A Markdown table, columns padded to their widest cell.</summary>
    public static void PrintTable(string[] header, IReadOnlyList<string[]> rows)
    {
        var widths = Enumerable.Range(0, header.Length).Select(i => rows.Select(r => r[i].Length).Append(header[i].Length).Max()).ToArray();
        string Line(string[] cells) => "| " + string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))) + " |";
        Console.WriteLine(Line(header));
        Console.WriteLine("|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|");
        foreach (var row in rows)
            Console.WriteLine(Line(row));
    }

    /// <summary>Ratio of the figures shown: for a rate below 1 means slower than raw, for a time above 1 means slower.</summary>
    private string Ratio
    {
        get
        {
            var slower = Inventory.Elapsed / Baseline.Elapsed;
            return Inventory.Items is not null && Baseline.Items is not null
                ? $"{Inventory.Rate / Baseline.Rate:0.000} ({slower:0.0}x slower)"
                : $"{slower:0.0}";
        }
    }
}

/// <summary>An elapsed time, and the rate when the work is counted in items (events, documents).</summary>
internal sealed record Measure(TimeSpan Elapsed, long? Items = null, string Unit = "events")
{
    public double Rate => Items is { } n ? n / Elapsed.TotalSeconds : double.NaN;

    public override string ToString() => Items is { } n
        ? $"{Rate:N0} {Unit}/s ({n:N0} in {Elapsed.TotalSeconds:0.00} s)"
        : Elapsed < TimeSpan.FromSeconds(1) ? $"{Elapsed.TotalMilliseconds:0.0} ms" : $"{Elapsed.TotalSeconds:0.00} s";
}
