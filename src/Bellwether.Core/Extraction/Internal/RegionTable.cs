namespace Bellwether.Core.Internal;

/// <summary>Loads the embedded region table (alias → ISO 3166-1 alpha-2 code) built by Resources/build-regions.py.</summary>
internal static class RegionTable
{
    private const string ResourceName = "Bellwether.Core.Extraction.Resources.regions.tsv";

    /// <summary>The built-in aliases with their codes, then <paramref name="extra"/>.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Load(IEnumerable<KeyValuePair<string, string>> extra)
    {
        using var stream = typeof(RegionTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {typeof(RegionTable).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var entries = new List<KeyValuePair<string, string>>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            entries.Add(new(fields[0], fields[1]));
        }

        entries.AddRange(extra);
        return entries;
    }
}
