using System.Reflection;
using System.Text.RegularExpressions;

namespace Bellwether.Docs.Tests;

/// <summary>docs/configuration.md and docs/telemetry.md list what the code has, and nothing it lacks.</summary>
public sealed partial class ReferencePageTests
{
    // One type of each package this project references: their assemblies hold every options class.
    private static readonly Assembly[] Packages =
    [
        typeof(Bellwether.Core.BellwetherOptions).Assembly,
        typeof(Bellwether.Rendering.RenderingOptions).Assembly,
        typeof(Bellwether.Sqlite.SqliteSignalStoreOptions).Assembly,
        typeof(Bellwether.PostgreSql.PostgreSqlSignalStoreOptions).Assembly,
        typeof(Bellwether.AI.BellwetherAIOptions).Assembly,
        typeof(Bellwether.Embeddings.Onnx.OnnxSentenceEmbeddingOptions).Assembly,
        typeof(Bellwether.Feeds.FeedOptions).Assembly,
        typeof(Bellwether.Hosting.BellwetherServiceOptions).Assembly,
    ];

    private static readonly string[] SettingsClasses = ["FeedSettings", "ReaderSettings", "SmtpSettings"];

    public static TheoryData<string> OptionsClasses()
    {
        var data = new TheoryData<string>();
        foreach (var type in Packages.SelectMany(a => a.GetExportedTypes())
                     .Where(t => t.IsClass && (t.Name.EndsWith("Options", StringComparison.Ordinal) || SettingsClasses.Contains(t.Name)))
                     .OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(type.AssemblyQualifiedName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OptionsClasses))]
    public void ConfigurationPage_OptionsClass_ListsExactlyItsPublicProperties(string typeName)
    {
        var type = Type.GetType(typeName, throwOnError: true)!;
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).Order(StringComparer.Ordinal);

        var section = Section(Read("docs/configuration.md"), type.Name);

        section.Should().NotBeNull($"docs/configuration.md needs a section '### {type.Name}'");
        var documented = PropertyRow().Matches(section!).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal);
        documented.Should().Equal(properties, $"the table under '### {type.Name}' lists each public property once");
    }

    [Fact]
    public void TelemetryPage_InstrumentsInCode_AreAllListed()
    {
        var page = Read("docs/telemetry.md");

        var instruments = SourceMatches(Instrument()).ToList();

        instruments.Should().HaveCountGreaterThanOrEqualTo(13);
        instruments.Should().OnlyContain(name => page.Contains($"| `{name}` |", StringComparison.Ordinal));
    }

    [Fact]
    public void TelemetryPage_ActivitiesInCode_AreAllListed()
    {
        var page = Read("docs/telemetry.md");

        var activities = SourceMatches(Activity()).ToList();

        activities.Should().HaveCountGreaterThanOrEqualTo(4);
        activities.Should().OnlyContain(name => page.Contains($"| `{name}` |", StringComparison.Ordinal));
    }

    [Fact]
    public void TelemetryPage_LogEventIds_AreExactlyThoseInCode()
    {
        var documented = LogEventRow().Matches(Read("docs/telemetry.md")).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Order();

        var inCode = SourceMatches(LogEvent()).Select(id => int.Parse(id, System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();

        inCode.Should().OnlyHaveUniqueItems("an event id names one event across the packages");
        documented.Should().Equal(inCode);
    }

    private static string Read(string document) => File.ReadAllText(Path.Combine(Snippets.RepositoryRoot, document));

    // The text from '### name' to the next heading.
    private static string? Section(string page, string name)
    {
        var start = page.IndexOf($"\n### {name}\n", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var end = page.IndexOf("\n#", start + name.Length + 5, StringComparison.Ordinal);
        return end < 0 ? page[start..] : page[start..end];
    }

    private static IEnumerable<string> SourceMatches(Regex pattern) =>
        Directory.EnumerateFiles(Path.Combine(Snippets.RepositoryRoot, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => pattern.Matches(File.ReadAllText(f)))
            .Select(m => m.Groups[1].Value)
            .Distinct(StringComparer.Ordinal);

    [GeneratedRegex(@"^\| `(\w+)` \|", RegexOptions.Multiline)]
    private static partial Regex PropertyRow();

    [GeneratedRegex(@"^\| (\d+) \|", RegexOptions.Multiline)]
    private static partial Regex LogEventRow();

    [GeneratedRegex(@"\.Create(?:Counter|Histogram|UpDownCounter|Gauge|ObservableCounter|ObservableGauge|ObservableUpDownCounter)<\w+>\(\s*""([^""]+)""")]
    private static partial Regex Instrument();

    [GeneratedRegex(@"StartActivity\(\s*""([^""]+)""")]
    private static partial Regex Activity();

    [GeneratedRegex(@"\[LoggerMessage\(\s*(?:EventId\s*=\s*)?(\d+)")]
    private static partial Regex LogEvent();
}
