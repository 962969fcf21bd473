using System.Globalization;
using System.Text;
using Bellwether.Rendering.Internal;

namespace Bellwether.Rendering;

/// <summary>Renders CommonMark; article-derived text is escaped so that it never turns into markup or HTML.</summary>
public sealed class MarkdownRenderer : IBellwetherRenderer
{
    private readonly RenderingOptions _options;

    /// <summary>Creates the renderer.</summary>
    /// <param name="options">The masthead and the site's address for links; defaults when null.</param>
    public MarkdownRenderer(RenderingOptions? options = null) => _options = options ?? new RenderingOptions();

    /// <inheritdoc />
    public RenderFormat Format => RenderFormat.Markdown;

    /// <inheritdoc />
    public string FileExtension => ".md";

    /// <inheritdoc />
    public async ValueTask RenderBriefAsync(Brief brief, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(output);
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Escape(_options.SiteTitle)).AppendLine();
        md.Append('*').Append(Escape(_options.Tagline)).AppendLine("*").AppendLine();
        md.Append("**").Append(Escape(SignalFormat.BriefDay(brief))).AppendLine("**").AppendLine();
        if (brief.IsSilent)
        {
            md.AppendLine(Escape(SignalFormat.Silence(brief)));
        }
        else
        {
            md.AppendLine(Escape(SignalFormat.Greeting(brief))).AppendLine();
            var rank = 0;
            foreach (var item in brief.Items)
            {
                md.Append(CultureInfo.InvariantCulture, $"## {++rank}. [{Escape(item.Signal.Headline)}]({Link(SignalFormat.SignalFileName(item.Signal.Id))})").AppendLine().AppendLine();
                md.Append(Escape(SignalFormat.StrengthLine(item.Signal))).Append(" · *").Append(Escape(item.Reason)).AppendLine("*  ");
                md.AppendLine(Escape(SignalFormat.TagLine(item.Signal))).AppendLine();
                if (item.Signal.Analysis.Length > 0)
                {
                    md.Append("> ").AppendLine(Escape(item.Signal.Analysis)).AppendLine();
                }
            }
        }

        await output.WriteAsync(md, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask RenderSignalAsync(Signal signal, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signal);
        ArgumentNullException.ThrowIfNull(output);
        var md = new StringBuilder();
        md.Append("[← all signals](").Append(Link("index.html")).AppendLine(")").AppendLine();
        md.Append("# ").AppendLine(Escape(signal.Headline)).AppendLine();
        md.Append(Escape(SignalFormat.StrengthLine(signal))).AppendLine("  ");
        md.AppendLine(Escape(SignalFormat.TagLine(signal))).AppendLine();
        md.AppendLine("## Analysis").AppendLine().AppendLine(Escape(signal.Analysis)).AppendLine();
        md.AppendLine("## Key actors").AppendLine();
        foreach (var actor in signal.KeyActors)
        {
            md.Append("- ").AppendLine(Escape(actor));
        }

        md.AppendLine().Append(CultureInfo.InvariantCulture, $"## Source articles ({signal.ArticleCount})").AppendLine().AppendLine();
        foreach (var evidence in signal.Evidence)
        {
            var title = Escape(evidence.Article.Title);
            md.Append("### ").AppendLine(SignalFormat.WebLink(evidence.Article.Url) is { } url ? $"[{title}](<{url}>)" : title).AppendLine();
            foreach (var quote in evidence.Quotes)
            {
                md.Append("> \"").Append(Escape(quote.Text)).Append("\" **\\[").Append(Escape(quote.KeyPhrase)).AppendLine("\\]**").AppendLine();
            }

            md.AppendLine("**Reasoning from this article**").AppendLine().AppendLine(Escape(evidence.Reasoning)).AppendLine();
        }

        await output.WriteAsync(md, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask RenderSignalListAsync(IReadOnlyList<Signal> signals, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signals);
        ArgumentNullException.ThrowIfNull(output);
        var md = new StringBuilder("# All signals").AppendLine().AppendLine();
        if (signals.Count == 0)
        {
            md.AppendLine("No signals yet.");
        }

        foreach (var signal in signals)
        {
            md.Append(CultureInfo.InvariantCulture, $"- [{Escape(signal.Headline)}]({Link(SignalFormat.SignalFileName(signal.Id))})  ").AppendLine();
            md.Append("  ").Append(Escape(SignalFormat.StrengthLine(signal))).AppendLine("  ");
            md.Append("  ").AppendLine(Escape(SignalFormat.TagLine(signal)));
        }

        await output.WriteAsync(md, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Backslash-escapes every ASCII punctuation character CommonMark could read as markup, and the '.' of a leading
    /// number ("1986." would start an ordered list), folds line breaks, and drops the spaces and tabs at either end
    /// (four at a line start would open a code block; a paragraph shows none of them anyway).
    /// </summary>
    internal static string Escape(string text)
    {
        text = text.Trim(' ', '\t', '\r', '\n');
        var escaped = new StringBuilder(text.Length + 16);
        var listDot = OrderedListDot(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\r' or '\n')
            {
                escaped.Append(' ');
                continue;
            }

            if (i == listDot || c is '\\' or '`' or '*' or '_' or '{' or '}' or '[' or ']' or '<' or '>' or '(' or ')' or '#' or '+' or '-' or '!' or '|' or '~' or '&')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>The index of the '.' after the digits that open <paramref name="text"/>, or -1.</summary>
    private static int OrderedListDot(string text)
    {
        var end = 0;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end > 0 && end < text.Length && text[end] == '.' ? end : -1;
    }

    private string Link(string fileName) => _options.SiteBaseUrl is { } root ? new Uri(root, fileName).AbsoluteUri : fileName;
}
