namespace Bellwether.Core.Internal;

/// <summary>Loads the embedded region table (alias → ISO 3166-1 alpha-2 code) built by Resources/build-regions.py.</summary>
internal static class RegionTable
{
    private const string ResourceName = "Bellwether.Core.Extraction.Resources.regions.tsv";

    /// <summary>
    /// Reads the table once: the built-in aliases with their codes, then <paramref name="extra"/>; and the adjective of
    /// each region code ("CN" → "Chinese"), the first of its demonyms in alphabetical order.
    /// </summary>
    public static (List<KeyValuePair<string, string>> Aliases, Dictionary<string, string> Demonyms) Load(IEnumerable<KeyValuePair<string, string>> extra)
    {
        var rows = Rows();
        var aliases = rows.Select(r => new KeyValuePair<string, string>(r[0], r[1])).Concat(extra).ToList();
        var demonyms = rows.Where(r => r[2] == "demonym")
            .GroupBy(r => r[1], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r[0]).Order(StringComparer.Ordinal).First(), StringComparer.Ordinal);
        return (aliases, demonyms);
    }

    /// <summary>The table's rows: alias, code, kind.</summary>
    private static List<string[]> Rows()
    {
        using var stream = typeof(RegionTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {typeof(RegionTable).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            rows.Add(line.Split('\t'));
        }

        return rows;
    }
}
