using Bellwether.Core.Text;

namespace Bellwether.Core.Internal;

/// <summary>Finds the verb that gives a pattern its direction ("accelerates", "curbs") and names it as a participle for a headline.</summary>
internal static class EffectVerbs
{
    private static readonly (string Stem, string Participle)[] Verbs =
    [
        ("acceler", "accelerating"), ("drive", "driving"), ("push", "pushing"), ("boost", "boosting"), ("fuel", "fuelling"),
        ("spur", "spurring"), ("curb", "curbing"), ("slow", "slowing"), ("reshap", "reshaping"), ("threaten", "threatening"),
        ("rais", "raising"), ("cut", "cutting"), ("lift", "lifting"), ("delay", "delaying"), ("expand", "expanding"),
        ("tighten", "tightening"), ("weaken", "weakening"), ("strengthen", "strengthening"), ("deepen", "deepening"),
        ("disrupt", "disrupting"), ("squeez", "squeezing"), ("reduc", "reducing"), ("increas", "increasing"), ("shift", "shifting"),
        ("widen", "widening"), ("eas", "easing"), ("hit", "hitting"), ("block", "blocking"), ("restrict", "restricting"),
        ("surg", "surging"), ("soar", "soaring"), ("plung", "plunging"), ("fall", "falling"), ("rise", "rising"),
    ];


    /// <summary>The first effect verb in the title, else in the body sentences in <paramref name="ranked"/> order: its participle, token and sentence.</summary>
    public static (string Participle, int Token, Sentence Sentence)? Find(AnalysedText doc, IEnumerable<Sentence> ranked)
    {
        var order = doc.Sentences.Where(s => s.Start < doc.BodyStart).Concat(ranked);
        foreach (var sentence in order)
        {
            for (var t = Math.Max(sentence.FirstToken, 0); t < sentence.TokenEnd; t++)
            {
                if (doc.Terms[t] is not { } term || (t > sentence.FirstToken && IsNounMarker(doc, t - 1)))
                {
                    continue;
                }

                foreach (var (stem, participle) in Verbs)
                {
                    if (term == stem)
                    {
                        return (participle, t, sentence);
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
}
