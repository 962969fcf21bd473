using Bellwether.Core.Text;
using Microsoft.Extensions.Options;

namespace Bellwether.Core.Internal;

/// <summary>Reads one article into an <see cref="ArticleAnalysis"/>. Immutable once built; safe to share between threads.</summary>
internal sealed class ArticleAnalyzer
{
    private const int MinQuoteWords = 6;
    private const int MaxQuoteWords = 70;
    private const double MinStopWordShare = 0.08;

    /// <summary>The most body sentences ranked for quotes, the first ones eligible; ranking is quadratic in their number.</summary>
    internal const int MaxRankedSentences = 300;

    private readonly SignalExtractionOptions options;
    private readonly EntityRecognizer entities;
    private readonly TopicClassifier topics;
    private readonly HorizonClassifier horizon = new();
    private readonly TermCache terms = new();
    private readonly HashSet<string> places;

    public ArticleAnalyzer(IOptions<SignalExtractionOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        var (regions, demonyms, countryNames, adjectives) = RegionTable.Load(this.options.RegionAliases);
        Demonyms = demonyms;
        var cities = RegionTable.LoadCities();
        entities = new EntityRecognizer(DefaultGazetteer.Actors.Concat(this.options.Actors), regions, cities, countryNames, adjectives);
        places = regions.Concat(cities).Select(r => r.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var custom = this.options.Topics.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
        var taxonomy = this.options.ReplaceDefaultTopics
            ? [.. this.options.Topics]
            : DefaultTopics.All.Select(t => custom.GetValueOrDefault(t.Name, t)).Concat(this.options.Topics.Where(t => !DefaultTopics.All.Any(d => string.Equals(d.Name, t.Name, StringComparison.OrdinalIgnoreCase)))).ToList();
        topics = new TopicClassifier(taxonomy);
    }

    public SignalExtractionOptions Options => options;

    /// <summary>The adjective of each region code in the embedded table ("CN" → "Chinese").</summary>
    public IReadOnlyDictionary<string, string> Demonyms { get; }

    /// <summary>True when <paramref name="name"/> is a place the region or city table knows ("Beijing", "BEIJING", "Porto").</summary>
    public bool IsPlace(string name) => places.Contains(name);

    /// <summary>
    /// The analysis of <paramref name="article"/>, or null when it holds no English text to analyse. A headline-only
    /// article (a body empty, or of no words at all) is analysed from its title alone.
    /// </summary>
    public ArticleAnalysis? Analyze(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        var body = article.Text;
        var title = OutletTag.Strip(article.Title ?? string.Empty, article.Source);
        var hasBody = !string.IsNullOrWhiteSpace(body);
        if (article.Language?.StartsWith("en", StringComparison.OrdinalIgnoreCase) != true)
        {
            return null;
        }

        var doc = Read(title, body);
        if (hasBody && !doc.Tokens.Any(t => t.Kind == TokenKind.Word && t.Start >= doc.BodyStart))
        {
            // A body of control or broken characters says nothing: the title is all there is to read.
            (hasBody, doc) = (false, Read(title, string.Empty));
        }

        if (!hasBody && string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        if (hasBody ? !LooksLikeEnglishProse(doc) : !HasLatinWords(doc))
        {
            return null;
        }

        var found = entities.Recognize(doc);
        var (scores, firstCue, pairCues) = topics.Score(doc);
        var selected = TopicClassifier.Select(scores, options.MaxTopics, headlineOnly: !hasBody);
        var (horizonValue, cues) = horizon.Classify(doc);
        var keyPhrases = KeyPhraseRecognizer.Recognize(doc);
        var ranked = RankSentences(doc, keyPhrases, found.Actors, cancellationToken);
        return new ArticleAnalysis
        {
            Text = doc,
            HasBody = hasBody,
            Actors = [.. found.Actors.Where(a => !keyPhrases.Any(p => p.Kind == KeyPhraseKind.Product && p.Text.StartsWith(a.Name + " ", StringComparison.Ordinal)))],
            Regions = found.Regions,
            Topics = [.. selected.Select(t => (topics.Topics[t], firstCue[t]))],
            CuedTopics = [.. Enumerable.Range(0, scores.Length).Where(t => scores[t] > 0).OrderByDescending(t => scores[t]).ThenBy(t => t).Select(t => (topics.Topics[t], firstCue[t], scores[t]))],
            PairCues = pairCues,
            Effect = Effect(doc, ranked),
            Domains = Domains(selected, scores),
            Horizon = horizonValue,
            HorizonCues = cues,
            KeyPhrases = keyPhrases,
            RankedSentences = ranked,
        };
    }

    /// <summary>
    /// The plain analysis of an article <see cref="Analyze"/> cannot read (another language, a body that is not prose, a
    /// headline with no Latin letters): its title and its first quotable sentences in order, with nothing the English
    /// rules would find. Null when the article has no words at all.
    /// </summary>
    public ArticleAnalysis? Plain(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var body = article.Text ?? string.Empty;
        var title = string.IsNullOrWhiteSpace(article.Title) ? DerivedTitle.From(body) : OutletTag.Strip(article.Title, article.Source);
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var doc = Read(title, body);
        return new ArticleAnalysis
        {
            Text = doc,
            HasBody = !string.IsNullOrWhiteSpace(body),
            Actors = [],
            Regions = [],
            Topics = [],
            CuedTopics = [],
            PairCues = [],
            Effect = null,
            Domains = [],
            Horizon = SignalHorizon.EventDriven,
            HorizonCues = [],
            KeyPhrases = [],
            RankedSentences = [.. doc.Sentences.Where(s => IsQuotable(doc, s)).Take(options.MaxQuotes)],
            IsPlain = true,
        };
    }

    /// <summary>The title and body as analysed text, each cut to <see cref="SignalExtractionOptions.MaxAnalysedLength"/>.</summary>
    private AnalysedText Read(string title, string body) => new(
        title.Length <= options.MaxAnalysedLength ? title : Truncate(title, options.MaxAnalysedLength),
        body.Length <= options.MaxAnalysedLength ? body : Truncate(body, options.MaxAnalysedLength),
        terms);

    private EffectMention? Effect(AnalysedText doc, IReadOnlyList<Sentence> ranked)
    {
        if (EffectVerbs.Find(doc, ranked) is not var (participle, token, sentence))
        {
            return null;
        }

        var (scores, first, _) = topics.Score(doc, Math.Max(sentence.FirstToken, 0), sentence.TokenEnd);
        return new EffectMention(participle, token, [.. Enumerable.Range(0, scores.Length).Where(t => scores[t] > 0).Select(t => (topics.Topics[t], first[t]))]);
    }

    private IReadOnlyList<SignalDomain> Domains(IReadOnlyList<int> selected, double[] scores)
    {
        var weights = new Dictionary<SignalDomain, double>();
        foreach (var t in selected)
        {
            foreach (var domain in topics.Topics[t].Domains)
            {
                weights[domain] = weights.GetValueOrDefault(domain) + scores[t];
            }
        }

        var top = weights.Count == 0 ? 0 : weights.Values.Max();
        return [.. weights.Where(w => w.Value >= top * 0.4).OrderByDescending(w => w.Value).ThenBy(w => w.Key).Take(3).Select(w => w.Key)];
    }

    private static List<Sentence> RankSentences(AnalysedText doc, IReadOnlyList<KeyPhrase> keyPhrases, IReadOnlyList<ActorMention> actors, CancellationToken cancellationToken)
    {
        var eligible = doc.Sentences.Where(s => IsQuotable(doc, s)).Take(MaxRankedSentences).ToList();
        var rank = SentenceRanker.Rank(doc, eligible, cancellationToken);
        var scored = new List<(Sentence Sentence, double Score)>(eligible.Count);
        for (var k = 0; k < eligible.Count; k++)
        {
            var sentence = eligible[k];
            var phrases = keyPhrases.Count(p => p.Start >= sentence.Start && p.Start < sentence.End);
            var text = doc.Text.AsSpan(sentence.Start, sentence.End - sentence.Start);
            var named = 0;
            for (var a = 0; a < actors.Count && a < 3; a++)
            {
                named += text.Contains(actors[a].Name, StringComparison.Ordinal) ? 1 : 0;
            }

            scored.Add((sentence, rank[k] * (1 + (0.5 * Math.Min(phrases, 2)) + (0.25 * named))));
        }

        return [.. scored.OrderByDescending(s => s.Score).ThenBy(s => s.Sentence.Start).Select(s => s.Sentence)];
    }

    private static bool IsQuotable(AnalysedText doc, Sentence sentence)
    {
        if (sentence.Start < doc.BodyStart || sentence.IsHeading || sentence.FirstToken < 0 || doc.Text[sentence.End - 1] == '?')
        {
            return false;
        }

        var words = 0;
        for (var t = sentence.FirstToken; t < sentence.TokenEnd; t++)
        {
            words += doc.Tokens[t].Kind == TokenKind.Word ? 1 : 0;
        }

        return words is >= MinQuoteWords and <= MaxQuoteWords &&
            (!doc.Blanked || doc.Text.AsSpan(sentence.Start, sentence.End - sentence.Start).SequenceEqual(doc.Original.AsSpan(sentence.Start, sentence.End - sentence.Start)));
    }

    private static bool LooksLikeEnglishProse(AnalysedText doc)
    {
        var words = 0;
        var stopWords = 0;
        for (var i = 0; i < doc.Tokens.Count; i++)
        {
            if (doc.Tokens[i].Kind != TokenKind.Word || doc.IsTitle(i))
            {
                continue;
            }

            words++;
            if (doc.Terms[i] is null && StopWords.Contains(doc.Word(i)))
            {
                stopWords++;
            }
        }

        return words >= 3 && stopWords >= Math.Max(1, words * MinStopWordShare);
    }

    private static bool HasLatinWords(AnalysedText doc)
    {
        var words = 0;
        var latin = 0;
        for (var i = 0; i < doc.Tokens.Count; i++)
        {
            if (doc.Tokens[i].Kind == TokenKind.Word)
            {
                words++;
                latin += char.IsAsciiLetter(doc.Text[doc.Tokens[i].Start]) ? 1 : 0;
            }
        }

        return words > 0 && latin * 2 > words;
    }

    private static string Truncate(string text, int length)
    {
        var cut = text.LastIndexOfAny([' ', '\n'], length - 1, Math.Min(length, 2_000));
        cut = cut > 0 ? cut : length;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut];
    }
}
