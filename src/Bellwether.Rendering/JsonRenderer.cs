using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Bellwether.Rendering.Internal;
using Bellwether.Rendering.Json;

namespace Bellwether.Rendering;

/// <summary>
/// Renders JSON in a stable, versioned schema (<c>docs/json-schema.md</c>): every document carries
/// <c>"schema"</c> (<c>bellwether.brief</c>, <c>bellwether.signals</c> or <c>bellwether.signal</c>) and
/// <c>"version"</c> (<see cref="SchemaVersion"/>).
/// </summary>
public sealed class JsonRenderer : IBellwetherRenderer
{
    /// <summary>The schema version this renderer writes; raised only when a field is renamed, removed or redefined.</summary>
    public const int SchemaVersion = 1;

    // Readable text (·, ×, →, apostrophes) rather than \u escapes; the output is JSON for code, never inlined into HTML.
    private readonly RenderingJsonContext _context = new(new JsonSerializerOptions(RenderingJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <inheritdoc />
    public RenderFormat Format => RenderFormat.Json;

    /// <inheritdoc />
    public string FileExtension => ".json";

    /// <inheritdoc />
    public ValueTask RenderBriefAsync(Brief brief, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var document = new BriefDocument(
            "bellwether.brief",
            SchemaVersion,
            brief.ReaderName,
            brief.ComposedAt,
            brief.TimeZoneId,
            brief.Since,
            brief.IsSilent,
            brief.SilenceReason,
            [.. brief.Items.Select((item, i) => new BriefItemDocument(
                i + 1,
                Math.Round(item.Relevance, 4),
                SignalFormat.Kebab(item.Novelty.ToString()),
                item.Reason,
                item.MatchedInterests,
                ToDocument(item.Signal)))]);
        return WriteAsync(document, _context.BriefDocument, output, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask RenderSignalAsync(Signal signal, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signal);
        return WriteAsync(new SignalPageDocument("bellwether.signal", SchemaVersion, ToDocument(signal)), _context.SignalPageDocument, output, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask RenderSignalListAsync(IReadOnlyList<Signal> signals, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signals);
        var document = new SignalListDocument("bellwether.signals", SchemaVersion, [.. signals.Select(ToDocument)]);
        return WriteAsync(document, _context.SignalListDocument, output, cancellationToken);
    }

    private static SignalDocument ToDocument(Signal signal) => new(
        signal.Id,
        signal.Headline,
        signal.Strength.Strength,
        SignalFormat.StrengthLine(signal),
        signal.ExtractionCount,
        signal.ArticleCount,
        signal.FirstExtractedAt,
        signal.LastReinforcedAt,
        SignalFormat.Kebab(signal.Horizon.ToString()),
        [.. signal.Domains.Select(d => SignalFormat.Kebab(d.ToString()))],
        signal.Topics,
        signal.Regions,
        signal.Actors,
        signal.Analysis,
        [.. signal.Evidence.Select(e => new SourceDocument(
            e.Article.Id,
            e.Article.Title,
            e.Article.Url,
            e.Article.Source,
            e.Article.PublishedAt,
            e.StoryId,
            [.. e.Quotes.Select(q => new QuoteDocument(q.Text, q.KeyPhrase))],
            e.Reasoning))]);

    private static async ValueTask WriteAsync<T>(T document, JsonTypeInfo<T> typeInfo, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteLineAsync(JsonSerializer.Serialize(document, typeInfo).AsMemory(), cancellationToken).ConfigureAwait(false);
    }
}
