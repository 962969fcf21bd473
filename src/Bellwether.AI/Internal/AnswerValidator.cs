using System.Buffers;
using System.Text;

namespace Bellwether.AI.Internal;

/// <summary>What validation removed from one answer.</summary>
/// <remarks><see cref="Texts"/> counts free texts (actors, reasoning, analysis) dropped for holding control characters.</remarks>
internal readonly record struct DroppedParts(int Quotes, int Regions, int Topics, int Domains, int Signals, int Texts)
{
    public int Total => Quotes + Regions + Topics + Domains + Signals + Texts;

    public static DroppedParts operator +(DroppedParts left, DroppedParts right) => new(
        left.Quotes + right.Quotes,
        left.Regions + right.Regions,
        left.Topics + right.Topics,
        left.Domains + right.Domains,
        left.Signals + right.Signals,
        left.Texts + right.Texts);
}

/// <summary>The candidates that survived validation and what was dropped on the way.</summary>
internal sealed record ValidatedExtraction(IReadOnlyList<RatedCandidate> Candidates, DroppedParts Dropped);

/// <summary>A validated candidate with the model's confidence in it (clamped to 0–1).</summary>
internal sealed record RatedCandidate(SignalCandidate Candidate, double Confidence);

/// <summary>
/// Turns a parsed answer into candidates, trusting nothing: quotes must occur verbatim in the article (whitespace
/// runs aside), regions must be ISO codes, null items are dropped like other invalid ones, topics must come from the taxonomy, confidence is clamped to 0–1.
/// A string holding a control character other than white space (U+0000 above all, which PostgreSQL's text and jsonb
/// cannot hold) is dropped whole, never repaired: a headline drops its signal, a quote or an actor is left out, a
/// reasoning or analysis is left empty.
/// </summary>
internal sealed class AnswerValidator(BellwetherAIOptions options)
{
    /// <summary>The most actors kept for one candidate.</summary>
    public const int MaxActors = 8;

    /// <summary>The most quotes kept for one candidate.</summary>
    public const int MaxQuotes = 4;

    private const int MaxTextLength = 2_000;

    /// <summary>The control characters that are not white space: C0 and C1 controls other than tab, line breaks and separators.</summary>
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && !char.IsWhiteSpace(c))]);

    private readonly Dictionary<string, string> _topics = options.Topics
        .Where(t => !string.IsNullOrWhiteSpace(t))
        .DistinctBy(t => t.Trim(), StringComparer.OrdinalIgnoreCase)
        .ToDictionary(t => t.Trim(), t => t.Trim(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The whole article (title and text) as quotes are checked against it; the same for every part sent.</summary>
    public static string Source(Article article) => Collapse(article.Title + "\n" + article.Text);

    /// <summary>Validates the answer about <paramref name="article"/> (or a part of it) against <paramref name="source"/>, the whole article's <see cref="Source"/>.</summary>
    public ValidatedExtraction Validate(Article article, string source, ExtractionAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(answer);
        var dropped = default(DroppedParts);
        var candidates = new List<RatedCandidate>();
        foreach (var signal in answer.Signals ?? [])
        {
            var confidence = Math.Clamp(signal?.Confidence is { } c && double.IsFinite(c) ? c : 0.5, 0, 1);
            if (signal is null || string.IsNullOrWhiteSpace(signal.Headline) || HoldsControlCharacters(signal.Headline) || confidence < options.MinConfidence || candidates.Count >= options.MaxSignalsPerArticle)
            {
                dropped = dropped with { Signals = dropped.Signals + 1 };
                continue;
            }

            var quotes = new List<Quote>();
            foreach (var quote in signal.Quotes ?? [])
            {
                if (Verbatim(quote, source) is { } kept && quotes.Count < MaxQuotes)
                {
                    quotes.Add(kept);
                }
                else
                {
                    dropped = dropped with { Quotes = dropped.Quotes + 1 };
                }
            }

            var regions = Keep(signal.Regions, RegionCodes.Normalise, out var badRegions);
            var topics = Keep(signal.Topics, t => _topics.GetValueOrDefault(t.Trim()), out var badTopics);
            var domainNames = Keep(signal.Domains, d => ParseDomain(d)?.ToString(), out var badDomains);
            var actors = (signal.Actors ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).ToList();
            var texts = actors.RemoveAll(HoldsControlCharacters);
            var analysis = Storable(signal.Analysis, ref texts);
            var reasoning = Storable(signal.Reasoning, ref texts);
            dropped = dropped with { Regions = dropped.Regions + badRegions, Topics = dropped.Topics + badTopics, Domains = dropped.Domains + badDomains, Texts = dropped.Texts + texts };
            var candidate = new SignalCandidate
            {
                Headline = Clip(signal.Headline.Trim()),
                Horizon = ParseHorizon(signal.Horizon),
                Domains = [.. domainNames.Select(Enum.Parse<SignalDomain>)],
                Topics = topics,
                Regions = regions,
                Actors = [.. actors.Select(a => Clip(a.Trim())).Distinct(StringComparer.Ordinal).Take(MaxActors)],
                Analysis = Clip(analysis),
                Evidence = new ArticleEvidence { Article = article.ToReference(), Quotes = quotes, Reasoning = Clip(reasoning) },
            };
            candidates.Add(new RatedCandidate(candidate, confidence));
        }

        return new ValidatedExtraction(candidates, dropped);
    }

    /// <summary>Whether <paramref name="text"/> holds a control character other than white space, such as U+0000.</summary>
    public static bool HoldsControlCharacters(string text) => text.AsSpan().ContainsAny(Controls);

    /// <summary>The trimmed text, or empty (counted in <paramref name="dropped"/>) when it holds control characters.</summary>
    private static string Storable(string? text, ref int dropped)
    {
        if (text is null || !HoldsControlCharacters(text))
        {
            return text?.Trim() ?? string.Empty;
        }

        dropped++;
        return string.Empty;
    }

    /// <summary>The quote as the article spells it, or null when the article does not contain it.</summary>
    private static Quote? Verbatim(AnswerQuote? quote, string collapsedSource)
    {
        if (quote is null || string.IsNullOrWhiteSpace(quote.Text) || HoldsControlCharacters(quote.Text))
        {
            return null;
        }

        var text = Collapse(quote.Text);
        if (!collapsedSource.Contains(text, StringComparison.Ordinal))
        {
            return null;
        }

        var keyPhrase = Collapse(quote.KeyPhrase ?? string.Empty);
        return new Quote(text, keyPhrase.Length > 0 && text.Contains(keyPhrase, StringComparison.Ordinal) ? keyPhrase : FirstWords(text));
    }

    /// <summary>The distinct values <paramref name="parse"/> accepts, in order; <paramref name="rejected"/> counts the others.</summary>
    private static List<string> Keep(List<string>? values, Func<string, string?> parse, out int rejected)
    {
        var kept = new List<string>();
        rejected = 0;
        foreach (var value in values ?? [])
        {
            if (value is not null && parse(value) is { } parsed)
            {
                if (!kept.Contains(parsed, StringComparer.Ordinal))
                {
                    kept.Add(parsed);
                }
            }
            else
            {
                rejected++;
            }
        }

        return kept;
    }

    private static SignalDomain? ParseDomain(string value) =>
        !value.Any(char.IsDigit) && Enum.TryParse<SignalDomain>(value.Replace("-", string.Empty, StringComparison.Ordinal).Trim(), ignoreCase: true, out var domain) && Enum.IsDefined(domain) ? domain : null;

    private static SignalHorizon ParseHorizon(string? value) =>
        value is not null && !value.Any(char.IsDigit) && Enum.TryParse<SignalHorizon>(value.Replace("-", string.Empty, StringComparison.Ordinal).Trim(), ignoreCase: true, out var horizon) && Enum.IsDefined(horizon)
            ? horizon
            : SignalHorizon.EventDriven;

    private static string FirstWords(string text) => string.Join(' ', text.Split(' ').Take(3));

    private static string Clip(string text) => text.Length <= MaxTextLength ? text : text[..MaxTextLength];

    /// <summary>Trims and turns every run of white space into one space, so line breaks do not decide verbatimness.</summary>
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(ch))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(ch);
        }

        return builder.ToString();
    }
}
