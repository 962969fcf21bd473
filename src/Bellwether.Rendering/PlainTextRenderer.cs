using Bellwether.Rendering.Internal;

namespace Bellwether.Rendering;

/// <summary>Renders plain text: for the console and the text part of an e-mail. Dates read "20 May 2026" (UTC) throughout.</summary>
public sealed class PlainTextRenderer : IBellwetherRenderer
{
    private readonly RenderingOptions _options;

    /// <summary>Creates the renderer.</summary>
    /// <param name="options">The masthead; defaults when null.</param>
    public PlainTextRenderer(RenderingOptions? options = null) => _options = options ?? new RenderingOptions();

    /// <inheritdoc />
    public RenderFormat Format => RenderFormat.Text;

    /// <inheritdoc />
    public string FileExtension => ".txt";

    /// <inheritdoc />
    public async ValueTask RenderBriefAsync(Brief brief, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(output);
        var lines = new List<string> { _options.SiteTitle, _options.Tagline, SignalFormat.BriefDay(brief), string.Empty };
        if (brief.IsSilent)
        {
            lines.Add(SignalFormat.Silence(brief));
        }
        else
        {
            lines.Add(SignalFormat.Greeting(brief));
            lines.Add(string.Empty);
            foreach (var item in brief.Items)
            {
                lines.Add($"• {item.Signal.Headline}");
                lines.Add($"  {SignalFormat.StrengthLine(item.Signal, SignalFormat.TextDateFormat)} · {item.Reason}");
                lines.Add($"  {SignalFormat.TagLine(item.Signal)}");
                lines.Add(string.Empty);
            }
        }

        await WriteAsync(output, lines, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask RenderSignalAsync(Signal signal, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signal);
        ArgumentNullException.ThrowIfNull(output);
        var lines = new List<string>
        {
            signal.Headline, string.Empty, SignalFormat.StrengthLine(signal, SignalFormat.TextDateFormat), SignalFormat.TagLine(signal),
            "Analysis", string.Empty, signal.Analysis, string.Empty,
            "Key actors", string.Join(" · ", signal.KeyActors),
            $"Source articles ({signal.ArticleCount.ToString(System.Globalization.CultureInfo.InvariantCulture)})",
        };
        foreach (var evidence in signal.Evidence)
        {
            lines.Add(evidence.Article.Title);
            lines.AddRange(evidence.Quotes.Select(q => $"\"{q.Text}\" [{q.KeyPhrase}]"));
            lines.AddRange(["Reasoning from this article", string.Empty, evidence.Reasoning, string.Empty]);
        }

        await WriteAsync(output, lines, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask RenderSignalListAsync(IReadOnlyList<Signal> signals, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signals);
        ArgumentNullException.ThrowIfNull(output);
        var lines = signals.Count == 0
            ? ["No signals yet."]
            : signals.SelectMany(s => new[] { $"{s.Id}  {s.Headline}", $"    {SignalFormat.StrengthLine(s, SignalFormat.TextDateFormat)}", $"    {SignalFormat.TagLine(s)}" }).ToList();
        await WriteAsync(output, lines, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask WriteAsync(TextWriter output, IEnumerable<string> lines, CancellationToken cancellationToken)
    {
        foreach (var line in lines)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await output.WriteLineAsync(line).ConfigureAwait(false);
        }
    }
}
