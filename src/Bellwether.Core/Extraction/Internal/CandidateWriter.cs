
namespace Bellwether.Core.Internal;

/// <summary>
/// Writes an <see cref="ArticleAnalysis"/> up as a candidate: a "driver effect: specifics" headline, verbatim quotes
/// with their key phrase, and a reasoning that names the supporting actors, quantities and cue words. Every fact comes
/// from the article.
/// </summary>
internal static class CandidateWriter
{
    /// <summary>How many words from the effect verb a cause or what it acts on may stand.</summary>
    private const int NearVerb = 4;

    /// <summary>
    /// The most salient <paramref name="max"/> actors, in their order; when more were found than fit, names likely to be
    /// actors (<see cref="ActorMention.IsLikelyActor"/>) take the places before the other lone words do.
    /// </summary>
    private static List<string> KeptActors(IReadOnlyList<ActorMention> found, int max)
    {
        var likely = found.Count(a => a.IsLikelyActor);
        var others = Math.Max(0, max - likely);
        var kept = new List<string>(Math.Min(max, found.Count));
        foreach (var actor in found)
        {
            if (kept.Count == max)
            {
                break;
            }

            if (actor.IsLikelyActor || others-- > 0)
            {
                kept.Add(actor.Name);
            }
        }

        return kept;
    }

    public static SignalCandidate Write(Article article, ArticleAnalysis analysis, ArticleAnalyzer analyzer)
    {
        var options = analyzer.Options;
        var doc = analysis.Text;
        var actors = KeptActors(analysis.Actors, options.MaxActors);
        var quotes = analysis.RankedSentences
            .Take(options.MaxQuotes)
            .OrderBy(s => s.Start)
            .Select(s => new Quote(doc.Original[s.Start..s.End], KeyPhraseOf(analysis, s)))
            .ToList();
        var keyPhrases = analysis.KeyPhrases.Select(p => p.Text).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var analysisText = string.Join(' ', analysis.RankedSentences.Take(2).OrderBy(s => s.Start).Select(s => doc.Original[s.Start..s.End]));
        var facts = Facts(analysis);
        return new SignalCandidate
        {
            Headline = Headline(analysis, facts, analyzer.Demonyms, analyzer.IsPlace),
            Horizon = analysis.Horizon,
            Domains = analysis.Domains,
            Topics = [.. analysis.Topics.Select(t => t.Topic.Name)],
            Regions = [.. analysis.Regions.Select(r => r.Code)],
            Actors = actors,
            KeyPhrases = keyPhrases,
            Analysis = analysisText.Length > 0 ? analysisText : doc.Title.Trim(),
            Evidence = new ArticleEvidence { Article = article.ToReference(), Quotes = quotes, Reasoning = Reasoning(article, analysis, facts, actors) },
        };
    }

    private static string KeyPhraseOf(ArticleAnalysis analysis, Sentence sentence)
    {
        var phrase = analysis.KeyPhrases
            .Where(p => p.Start >= sentence.Start && p.Start < sentence.End)
            .OrderBy(p => p.Kind)
            .ThenBy(p => p.Start)
            .FirstOrDefault();
        if (phrase is not null)
        {
            return phrase.Text;
        }

        var cues = analysis.PairCues.Where(c => c >= sentence.FirstToken && c + 1 < sentence.TokenEnd).Select(c => PairCuePhrase(analysis.Text, c)).ToList();
        if (cues.Count > 0)
        {
            // A qualified cue ("U.S. export controls") says more than a bare one ("AI chip").
            return cues.OrderByDescending(c => c.Count(ch => ch == ' ')).First();
        }

        var text = analysis.Text.Text.AsSpan(sentence.Start, sentence.End - sentence.Start);
        foreach (var actor in analysis.Actors)
        {
            if (text.Contains(actor.Name, StringComparison.Ordinal))
            {
                return actor.Name;
            }
        }

        foreach (var (_, (first, _)) in analysis.Topics)
        {
            for (var t = sentence.FirstToken; t < sentence.TokenEnd; t++)
            {
                if (first >= 0 && analysis.Text.Terms[t] is { } term && term == analysis.Text.Terms[first])
                {
                    return analysis.Text.Word(t).ToString();
                }
            }
        }

        var longest = sentence.FirstToken;
        for (var t = sentence.FirstToken; t < sentence.TokenEnd; t++)
        {
            if (analysis.Text.Terms[t] is not null && analysis.Text.Tokens[t].Length > analysis.Text.Tokens[longest].Length)
            {
                longest = t;
            }
        }

        return analysis.Text.Word(longest).ToString();
    }

    // "export controls", widened to "U.S. export controls" when an abbreviation or name qualifies it.
    private static string PairCuePhrase(AnalysedText doc, int cue)
    {
        var start = cue;
        if (cue > 0 && doc.SentenceOfToken[cue - 1] == doc.SentenceOfToken[cue] && doc.IsCapitalised(cue - 1) &&
            !doc.IsSentenceStart(cue - 1) && doc.Tokens[cue].Start - doc.Tokens[cue - 1].End <= 1)
        {
            start = cue - 1;
        }

        return doc.Text[doc.Tokens[start].Start..doc.Tokens[cue + 1].End];
    }

    /// <summary>
    /// The pattern the article states (<see cref="PatternHeadline"/>). A headline-only article, or one that cues no
    /// topic, keeps its own title: it is all the article says.
    /// </summary>
    private static string Headline(ArticleAnalysis analysis, HeadlineFacts facts, IReadOnlyDictionary<string, string> demonyms, Func<string, bool> isPlace) =>
        analysis.HasBody && !analysis.IsPlain ? PatternHeadline.Write([facts], demonyms, isPlace) ?? analysis.Text.Title.Trim() : analysis.Text.Title.Trim();

    /// <summary>What <paramref name="analysis"/> offers a pattern headline, in the article's own words.</summary>
    public static HeadlineFacts Facts(ArticleAnalysis analysis)
    {
        TopicCue? driver = null;
        TopicCue? target = null;
        if (analysis.Effect is { } effect)
        {
            var doc = analysis.Text;
            foreach (var (topic, cue) in effect.Cues.Where(c => c.Cue.Token >= 0).OrderBy(c => Math.Abs(c.Cue.Token - effect.Token)))
            {
                var before = cue.Token < effect.Token && effect.Token - (cue.Token + cue.Length) < NearVerb;
                var after = cue.Token > effect.Token && cue.Token - effect.Token <= NearVerb && !CauseBetween(doc, effect.Token, cue.Token);
                var behindCause = cue.Token > effect.Token && CauseBetween(doc, effect.Token, cue.Token);
                if (driver is null && (before || behindCause) && PatternHeadline.CanDrive(topic.Name))
                {
                    driver = new TopicCue(topic.Name, CuePhrase(doc, cue));
                }
                else if (target is null && after && driver?.Topic != topic.Name && !PatternHeadline.IsIndustry(topic.Name))
                {
                    target = new TopicCue(topic.Name, CuePhrase(doc, cue));
                }
            }
        }

        return new HeadlineFacts(
            driver,
            target is not null && target.Topic != driver?.Topic ? target : null,
            analysis.Effect?.Participle,
            [.. analysis.Topics.Select(t => t.Topic.Name)],
            [.. analysis.Actors.Select(a => a.Name)],
            [.. analysis.Regions.Select(r => r.Code)]);
    }

    /// <summary>"… in response to", "due to", "amid": the words between the verb and a cue make the cue its cause.</summary>
    private static bool CauseBetween(AnalysedText doc, int verb, int cue)
    {
        for (var t = verb + 1; t < cue; t++)
        {
            if (doc.Word(t) is "response" or "due" or "because" or "amid" or "following" or "owing")
            {
                return true;
            }
        }

        return false;
    }

    private static string CuePhrase(AnalysedText doc, (int Token, int Length) cue)
    {
        if (cue.Token < 0)
        {
            return "the trend";
        }

        var end = cue.Token + cue.Length;
        // An adjective cue takes its noun: "geopolitical" → "geopolitical tensions"; a noun cue stands alone.
        if (cue.Length == 1 && IsAdjective(doc.Word(cue.Token)) && end < doc.Tokens.Count && doc.Terms[end] is not null && !doc.IsCapitalised(end) &&
            doc.SentenceOfToken[end] == doc.SentenceOfToken[cue.Token] && doc.Tokens[end].Start - doc.Tokens[end - 1].End <= 1)
        {
            end++;
        }

        var words = new List<string>();
        for (var t = cue.Token; t < end; t++)
        {
            var word = PhraseMatcher<string>.Surface(doc.Word(t)).ToString();
            words.Add(EntityRecognizer.IsAcronym(word) || (word.Length > 1 && char.IsUpper(word[1])) ? word : word.ToLowerInvariant());
        }

        return string.Join(' ', words);
    }

    private static bool IsAdjective(ReadOnlySpan<char> word) =>
        word.EndsWith("al", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ic", StringComparison.OrdinalIgnoreCase) ||
        word.EndsWith("ive", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ary", StringComparison.OrdinalIgnoreCase);

    private static string Reasoning(Article article, ArticleAnalysis analysis, HeadlineFacts facts, List<string> actors)
    {
        if (analysis.IsPlain)
        {
            var why = article.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase)
                ? "The text does not read as English prose"
                : $"The offline extractor reads English, and the article is declared \"{article.Language}\"";
            return $"{why}: it is kept by its own words, with no actors, regions or topics.";
        }

        var parts = new List<string>();
        if (facts is { Driver: { } driver, Target: { } target, Effect: { } effect })
        {
            parts.Add($"It ties {driver.Phrase} to {target.Phrase} ({effect})");
        }

        if (actors.Count > 0)
        {
            parts.Add(parts.Count == 0 ? $"The article names {PatternHeadline.List(actors.Take(4))}" : $"names {PatternHeadline.List(actors.Take(4))}");
        }

        var quantities = analysis.KeyPhrases.Where(p => p.Kind is KeyPhraseKind.Money or KeyPhraseKind.Percentage or KeyPhraseKind.Multiplier or KeyPhraseKind.Quantity)
            .Select(p => p.Text).Distinct(StringComparer.OrdinalIgnoreCase).Take(4).ToList();
        if (quantities.Count > 0)
        {
            parts.Add($"it cites {PatternHeadline.List(quantities)}");
        }

        var horizon = analysis.Horizon switch
        {
            SignalHorizon.Structural => "structural",
            SignalHorizon.Cyclical => "cyclical",
            SignalHorizon.Emerging => "emerging",
            _ => "event-driven",
        };
        if (analysis.HorizonCues.Count > 0)
        {
            parts.Add($"cue words {PatternHeadline.List(analysis.HorizonCues.Take(4).Select(c => $"\"{c}\""))} mark the pattern as {horizon}");
        }

        var sentence = parts.Count == 0 ? string.Empty : PatternHeadline.Capitalise(string.Join("; ", parts)) + ".";
        if (analysis.Topics.Count > 0)
        {
            var regions = analysis.Regions.Count > 0 ? $" in {PatternHeadline.List(analysis.Regions.Take(4).Select(r => r.Code))}" : string.Empty;
            sentence += $"{(sentence.Length > 0 ? " " : string.Empty)}Topics: {PatternHeadline.List(analysis.Topics.Select(t => t.Topic.Name))}{regions}.";
        }

        return sentence.Length > 0 ? sentence
            : analysis.HasBody ? "No actor, figure or topic of the taxonomy stands out in the article." : "Read from the headline alone, which names no actor, figure or topic of the taxonomy.";
    }
}
