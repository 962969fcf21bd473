using System.Globalization;
using System.Text.Encodings.Web;
using Bellwether.Rendering.Internal;
using Fluid;

namespace Bellwether.Rendering;

/// <summary>
/// Renders HTML from Liquid templates (Fluid): an e-mail-safe brief with inline styles, an index of all signals
/// with topic and region filters that work without JavaScript, and a page per signal in the layout of the seed
/// page. Every value a template outputs is HTML-encoded, so an article title holding <c>&lt;script&gt;</c> shows as text.
/// Replace a template by putting a file of the same name in <see cref="RenderingOptions.TemplateDirectory"/>.
/// </summary>
public sealed class HtmlRenderer : IBellwetherRenderer
{
    private readonly RenderingOptions _options;
    private readonly TemplateSet _templates;

    /// <summary>Creates the renderer and parses its templates.</summary>
    /// <param name="options">Masthead, template folder and site address; defaults when null.</param>
    /// <exception cref="TemplateException">A replacement template cannot be parsed.</exception>
    public HtmlRenderer(RenderingOptions? options = null)
    {
        _options = options ?? new RenderingOptions();
        _templates = new TemplateSet(_options.TemplateDirectory);
    }

    /// <inheritdoc />
    public RenderFormat Format => RenderFormat.Html;

    /// <inheritdoc />
    public string FileExtension => ".html";

    /// <summary>The text of a built-in template ("brief.liquid", "index.liquid", "signal.liquid"), to start a replacement from.</summary>
    public static string GetBuiltInTemplate(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return name is TemplateSet.Brief or TemplateSet.Index or TemplateSet.Signal
            ? TemplateSet.BuiltIn(name)
            : throw new ArgumentException($"There is no built-in template '{name}'; the templates are brief.liquid, index.liquid and signal.liquid.", nameof(name));
    }

    /// <summary>The file name the static site gives the page of the signal with id <paramref name="signalId"/>.</summary>
    public static string SignalPageFileName(string signalId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(signalId);
        return SignalFormat.SignalFileName(signalId);
    }

    /// <inheritdoc />
    public ValueTask RenderBriefAsync(Brief brief, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var view = new BriefView(
            brief.ReaderName,
            SignalFormat.BriefDay(brief),
            brief.IsSilent,
            brief.IsSilent ? string.Empty : SignalFormat.Greeting(brief),
            brief.IsSilent ? SignalFormat.Silence(brief) : string.Empty,
            [.. brief.Items.Select((item, i) => new BriefItemView(i + 1, item.Reason, SignalFormat.Kebab(item.Novelty.ToString()), View(item.Signal)))]);
        return RenderAsync(TemplateSet.Brief, ("brief", view), output, brief.ComposedAt, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask RenderSignalAsync(Signal signal, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signal);
        return RenderAsync(TemplateSet.Signal, ("signal", View(signal)), output, signal.LastReinforcedAt, cancellationToken);
    }

    /// <summary>Writes the "all signals" index, strongest first (ties keep the order given), with topic and region filters.</summary>
    public ValueTask RenderSignalListAsync(IReadOnlyList<Signal> signals, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signals);
        var views = signals.OrderByDescending(s => s.Strength.Strength).Select(View).ToList();
        var newest = signals.Count == 0 ? DateTimeOffset.UnixEpoch : signals.Max(s => s.LastReinforcedAt);
        return RenderAsync(
            TemplateSet.Index,
            ("signals", views),
            output,
            newest,
            cancellationToken,
            ("topics", Filters(signals.SelectMany(s => s.KeyTopics.Distinct(StringComparer.OrdinalIgnoreCase)))),
            ("regions", Filters(signals.SelectMany(s => s.KeyRegions.Distinct(StringComparer.OrdinalIgnoreCase)))));
    }

    private async ValueTask RenderAsync(string template, (string Name, object Value) model, TextWriter output, DateTimeOffset at, CancellationToken cancellationToken, params (string Name, object Value)[] more)
    {
        ArgumentNullException.ThrowIfNull(output);
        cancellationToken.ThrowIfCancellationRequested();
        var context = new TemplateContext(_templates.Options);
        context.SetValue("site", new SiteView(_options.SiteTitle, _options.Tagline, Link("index.html"), Link("brief.html"), at.UtcDateTime.Year.ToString(CultureInfo.InvariantCulture)));
        context.SetValue(model.Name, model.Value);
        foreach (var (name, value) in more)
        {
            context.SetValue(name, value);
        }

        await _templates[template].RenderAsync(output, context, HtmlEncoder.Default).ConfigureAwait(false);
    }

    private SignalView View(Signal signal)
    {
        // Each read of a key-tag list counts over the evidence again.
        var (topics, regions) = (signal.KeyTopics, signal.KeyRegions);
        return new(
            signal.Id,
            Link(SignalFormat.SignalFileName(signal.Id)),
            signal.Headline,
            signal.Strength.Strength,
            SignalFormat.StrengthLine(signal),
            SignalFormat.TagLine(signal),
            SignalFormat.Kebab(signal.Horizon.ToString()),
            [.. signal.KeyDomains.Select(d => SignalFormat.Kebab(d.ToString()))],
            topics,
            regions,
            signal.KeyActors,
            signal.Analysis,
            signal.ArticleCount,
            string.Join(' ', topics.Select(t => "t-" + SignalFormat.LabelSlug(t)).Concat(regions.Select(r => "r-" + SignalFormat.LabelSlug(r))).Distinct(StringComparer.Ordinal)),
            [.. signal.Evidence.Select(e => new SourceView(
                e.Article.Title,
                SignalFormat.WebLink(e.Article.Url),
                e.Article.Source,
                e.Article.PublishedAt is { } published ? SignalFormat.Date(published) : null,
                [.. e.Quotes.Select(q => new QuoteView(q.Text, q.KeyPhrase))],
                e.Reasoning))]);
    }

    private static List<FilterView> Filters(IEnumerable<string> values) =>
        [.. values
            .GroupBy(SignalFormat.LabelSlug, StringComparer.Ordinal)
            .Select(g => new FilterView(g.First(), g.Key, g.Count()))
            .OrderByDescending(f => f.Count)
            .ThenBy(f => f.Slug, StringComparer.Ordinal)];

    private string Link(string fileName) => _options.SiteBaseUrl is { } root ? new Uri(root, fileName).AbsoluteUri : fileName;
}
