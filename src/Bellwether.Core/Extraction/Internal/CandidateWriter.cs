using Bellwether.Core.Text;
using System.Text;

namespace Bellwether.Core.Internal;

/// <summary>
/// Writes an <see cref="ArticleAnalysis"/> up as a candidate: a "driver effect: specifics" headline, verbatim quotes
/// with their key phrase, and a reasoning that names the supporting actors, quantities and cue words. Every fact comes
/// from the article.
/// </summary>
internal static class CandidateWriter
{
    private static readonly (string Stem, string Participle)[] EffectVerbs =
    [
        ("acceler", "accelerating"), ("drive", "driving"), ("push", "pushing"), ("boost", "boosting"), ("fuel", "fuelling"),
        ("spur", "spurring"), ("curb", "curbing"), ("slow", "slowing"), ("reshap", "reshaping"), ("threaten", "threatening"),
        ("rais", "raising"), ("cut", "cutting"), ("lift", "lifting"), ("delay", "delaying"), ("expand", "expanding"),
        ("tighten", "tightening"), ("weaken", "weakening"), ("strengthen", "strengthening"), ("deepen", "deepening"),
        ("disrupt", "disrupting"), ("squeez", "squeezing"), ("reduc", "reducing"), ("increas", "increasing"), ("shift", "shifting"),
        ("widen", "widening"), ("eas", "easing"), ("hit", "hitting"), ("block", "blocking"), ("restrict", "restricting"),
        ("surg", "surging"), ("soar", "soaring"), ("plung", "plunging"), ("fall", "falling"), ("rise", "rising"),
    ];

    public static SignalCandidate Write(Article article, ArticleAnalysis analysis, SignalExtractionOptions options)
    {
        var doc = analysis.Text;
        var actors = analysis.Actors.Take(options.MaxActors).Select(a => a.Name).ToList();
        var quotes = analysis.RankedSentences
            .Take(options.MaxQuotes)
            .OrderBy(s => s.Start)
            .Select(s => new Quote(doc.Original[s.Start..s.End], KeyPhraseOf(analysis, s)))
            .ToList();
        var keyPhrases = analysis.KeyPhrases.Select(p => p.Text).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var analysisText = string.Join(' ', analysis.RankedSentences.Take(2).OrderBy(s => s.Start).Select(s => doc.Original[s.Start..s.End]));
        return new SignalCandidate
        {
            Headline = Headline(analysis, actors),
            Horizon = analysis.Horizon,
            Domains = analysis.Domains,
            Topics = [.. analysis.Topics.Select(t => t.Topic.Name)],
            Regions = [.. analysis.Regions.Select(r => r.Code)],
            Actors = actors,
            KeyPhrases = keyPhrases,
            Analysis = analysisText.Length > 0 ? analysisText : doc.Title.Trim(),
            Evidence = new ArticleEvidence { Article = article.ToReference(), Quotes = quotes, Reasoning = Reasoning(analysis, actors) },
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

    private static string Headline(ArticleAnalysis analysis, List<string> actors)
    {
        var doc = analysis.Text;
        var topics = analysis.Topics;
        if (topics.Count == 0 || !analysis.HasBody)
        {
            return doc.Title.Trim();
        }

        var driverIndex = 0;
        for (var k = 0; k < topics.Count; k++)
        {
            if (topics[k].Topic.Domains.Any(d => d is SignalDomain.Political or SignalDomain.Legal))
            {
                driverIndex = k;
                break;
            }
        }

        var driver = CuePhrase(doc, topics[driverIndex].FirstCue);
        var objectPhrase = topics.Count > 1 ? CuePhrase(doc, topics[driverIndex == 0 ? 1 : 0].FirstCue) : null;
        var effect = EffectVerb(analysis) ?? "shaping";
        var builder = new StringBuilder();
        builder.Append(char.ToUpperInvariant(driver[0])).Append(driver.AsSpan(1)).Append(' ').Append(effect);
        if (objectPhrase is not null && !string.Equals(objectPhrase, driver, StringComparison.OrdinalIgnoreCase))
        {
            builder.Append(' ').Append(objectPhrase);
        }

        var specifics = actors.Take(3).ToList();
        if (analysis.KeyPhrases.OrderBy(p => p.Kind).FirstOrDefault() is { } figure)
        {
            specifics.Add(figure.Text);
        }

        if (specifics.Count > 0)
        {
            builder.Append(": ").AppendJoin(", ", specifics);
        }

        return builder.ToString();
    }

    private static string CuePhrase(AnalysedText doc, (int Token, int Length) cue)
    {
        if (cue.Token < 0)
        {
            return "the trend";
        }

        var end = cue.Token + cue.Length;
        if (cue.Length == 1 && end < doc.Tokens.Count && doc.Terms[end] is not null && !doc.IsCapitalised(end) &&
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

    private static string? EffectVerb(ArticleAnalysis analysis)
    {
        var doc = analysis.Text;
        var order = doc.Sentences.Where(s => s.Start < doc.BodyStart).Concat(analysis.RankedSentences);
        foreach (var sentence in order)
        {
            for (var t = Math.Max(sentence.FirstToken, 0); t < sentence.TokenEnd; t++)
            {
                if (doc.Terms[t] is not { } term || (t > sentence.FirstToken && IsNounMarker(doc, t - 1)))
                {
                    continue;
                }

                foreach (var (stem, participle) in EffectVerbs)
                {
                    if (term == stem)
                    {
                        return participle;
                    }
                }
            }
        }

        return null;
    }

    // "China's push", "the rise", "its cut": the next word is a noun, not the effect verb.
    private static bool IsNounMarker(AnalysedText doc, int token)
    {
        var word = doc.Word(token);
        return (word.Length > 2 && Tokenizer.IsApostrophe(word[^2]) && word[^1] == 's') ||
            word is "the" or "The" or "a" or "A" or "an" or "its" or "their" or "this" or "that" or "his" or "her" or "our";
    }

    private static string Reasoning(ArticleAnalysis analysis, List<string> actors)
    {
        var parts = new List<string>();
        if (actors.Count > 0)
        {
            parts.Add($"The article names {List(actors.Take(4))}");
        }

        var quantities = analysis.KeyPhrases.Where(p => p.Kind is KeyPhraseKind.Money or KeyPhraseKind.Percentage or KeyPhraseKind.Multiplier or KeyPhraseKind.Quantity)
            .Select(p => p.Text).Distinct(StringComparer.OrdinalIgnoreCase).Take(4).ToList();
        if (quantities.Count > 0)
        {
            parts.Add($"it cites {List(quantities)}");
        }

        var horizon = analysis.Horizon switch
        {
            SignalHorizon.Structural => "structural",
            SignalHorizon.Cyclical => "cyclical",
            SignalHorizon.Emerging => "emerging",
            _ => "event-driven",
        };
        parts.Add(analysis.HorizonCues.Count > 0
            ? $"cue words {List(analysis.HorizonCues.Take(4).Select(c => $"\"{c}\""))} mark the pattern as {horizon}"
            : "no lasting-change cue words appear, so the pattern is read as event-driven");
        var sentence = string.Join("; ", parts) + ".";
        if (analysis.Topics.Count > 0)
        {
            var regions = analysis.Regions.Count > 0 ? $" in {List(analysis.Regions.Take(4).Select(r => r.Code))}" : string.Empty;
            sentence += $" Topics: {List(analysis.Topics.Select(t => t.Topic.Name))}{regions}.";
        }

        return sentence;
    }

    private static string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }
}
