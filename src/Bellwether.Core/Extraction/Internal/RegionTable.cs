namespace Bellwether.Core.Internal;

/// <summary>
/// Loads the embedded region table (alias → ISO 3166-1 alpha-2 code) built by Resources/build-regions.py, and the
/// table of cities (name → code, or "-" when the name is shared by cities of several countries) built by
/// Resources/build-cities.py.
/// </summary>
internal static class RegionTable
{
    private const string ResourceName = "Bellwether.Core.Extraction.Resources.regions.tsv";
    private const string CitiesResourceName = "Bellwether.Core.Extraction.Resources.cities.tsv";

    /// <summary>
    /// Reads the table once: the built-in aliases with their codes, then <paramref name="extra"/>; and the adjective of
    /// each region code ("CN" → "Chinese"), the first of its demonyms in alphabetical order, else its shortest name; and the countries' own names
    /// with their codes ("Kenya" → "KE"; not capitals, demonyms or subdivisions); and every demonym alias ("Kenyan", "American").
    /// </summary>
    public static (List<KeyValuePair<string, string>> Aliases, Dictionary<string, string> Demonyms, Dictionary<string, string> CountryNames, HashSet<string> Adjectives) Load(IEnumerable<KeyValuePair<string, string>> extra)
    {
        var rows = Rows(ResourceName);
        var aliases = rows.Select(r => new KeyValuePair<string, string>(r[0], r[1])).Concat(extra).ToList();
        var demonyms = rows.Where(r => r[2] == "demonym")
            .GroupBy(r => r[1], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r[0]).Order(StringComparer.Ordinal).First(), StringComparer.Ordinal);
        var names = rows.Where(r => r[2] == "name").DistinctBy(r => r[0], StringComparer.Ordinal).ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        // A country whose name is its adjective ("New Zealand") has no demonym row: its shortest name stands in.
        foreach (var (code, name) in names.GroupBy(n => n.Value, StringComparer.Ordinal).Select(g => (g.Key, g.Select(n => n.Key).OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).First())))
        {
            demonyms.TryAdd(code, name);
        }

        return (aliases, demonyms, names, rows.Where(r => r[2] == "demonym").Select(r => r[0]).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// The cities of 50,000 people or more that the region table does not name: name → code, or "-". A city named for a
    /// saint is also found as news abbreviates it ("St Petersburg", "St. Petersburg", "Saint Louis").
    /// </summary>
    public static List<KeyValuePair<string, string>> LoadCities()
    {
        var rows = Rows(CitiesResourceName);
        // A listed city keeps its name: "St. Louis" is the American city, not a form of the Seychelles' "Saint Louis".
        var listed = rows.Select(r => Key(r[0])).ToHashSet(StringComparer.Ordinal);
        return [.. rows.Select(r => new KeyValuePair<string, string>(r[0], r[1])),
            .. rows.SelectMany(r => SaintForms(r[0]).Where(name => listed.Add(Key(name))).Select(name => new KeyValuePair<string, string>(name, r[1])))];

        static string Key(string name) => string.Join(' ', PhraseMatcher<string>.Words(name));
    }

    /// <summary>The other ways news writes a name that opens with "Saint", "St." or "St".</summary>
    private static IEnumerable<string> SaintForms(string name)
    {
        foreach (var written in (string[])["Saint ", "St. ", "St "])
        {
            if (name.StartsWith(written, StringComparison.Ordinal))
            {
                var rest = name[written.Length..];
                foreach (var other in (string[])["Saint ", "St. ", "St "])
                {
                    if (other != written)
                    {
                        yield return other + rest;
                    }
                }
            }
        }
    }

    /// <summary>The rows of an embedded table, split at tabs.</summary>
    private static List<string[]> Rows(string resourceName)
    {
        using var stream = typeof(RegionTable).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded resource {resourceName} is missing from {typeof(RegionTable).Assembly.GetName().Name}.");
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
