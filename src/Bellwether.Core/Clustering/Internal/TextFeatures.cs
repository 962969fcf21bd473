using Bellwether.Core.Text;

namespace Bellwether.Core.Internal;

/// <summary>Turns a headline and body into hashed features (stems, adjacent stem pairs) and a shingle sketch for copy detection.</summary>
internal static class TextFeatures
{
    private const float BigramWeight = 0.4f;
    private const float BodyWeight = 0.5f;
    private const int MaxBodyTerms = 500;
    private const int MaxBodyChars = 4000;
    private const int MinSlugHyphens = 3;
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    /// <summary>How many hashes a copy sketch keeps.</summary>
    public const int SketchSize = 32;

    /// <summary>The bit that marks a stem pair; single stems have it clear.</summary>
    public const uint PairBit = 0x8000_0000;

    /// <summary>True when <paramref name="key"/> is a stem pair (scored, but neither indexed nor counted in document frequencies).</summary>
    public static bool IsPair(uint key) => (key & PairBit) != 0;

    public static TermVector Vectorize(string title, string? body, IEnumerable<string>? extra = null) => Vectorize(Counts(title, body), extra);

    /// <summary>
    /// The raw term counts of a headline and body, before any extra terms: what <see cref="Vectorize(string, string?, IEnumerable{string}?)"/>
    /// reads of the text. Kept instead of the text, they give the same vectors with any extra terms.
    /// </summary>
    public static Dictionary<uint, float> Counts(string title, string? body)
    {
        var counts = new Dictionary<uint, float>();
        AddTerms(counts, TermExtractor.GetTerms(title), 1f, int.MaxValue);
        if (!string.IsNullOrEmpty(body))
        {
            AddTerms(counts, TermExtractor.GetTerms(Lead(body)), BodyWeight, MaxBodyTerms);
        }

        return counts;
    }

    /// <summary>The vector of raw <paramref name="counts"/> (left unchanged) plus <paramref name="extra"/> phrases, each term added after the text's as <see cref="Vectorize(string, string?, IEnumerable{string}?)"/> adds them.</summary>
    public static TermVector Vectorize(Dictionary<uint, float> counts, IEnumerable<string>? extra)
    {
        if (extra is null || !extra.Any())
        {
            return TermVector.FromCounts(counts);
        }

        var all = new Dictionary<uint, float>(counts);
        foreach (var phrase in extra)
        {
            AddTerms(all, TermExtractor.GetTerms(phrase), 1f, int.MaxValue);
        }

        return TermVector.FromCounts(all);
    }

    /// <summary>
    /// The words of an address's slug (its path segment with the most hyphens, at least <see cref="MinSlugHyphens"/>,
    /// without a file extension), or null when it has none: "/2014/03/japan-says-bitcoin-not-currency.html" gives
    /// "japan says bitcoin not currency".
    /// </summary>
    public static string? AddressWords(Uri? url)
    {
        if (url is null || !url.IsAbsoluteUri)
        {
            return null;
        }

        var best = string.Empty;
        var bestHyphens = 0;
        foreach (var segment in url.AbsolutePath.Split('/'))
        {
            var hyphens = segment.AsSpan().Count('-');
            if (hyphens > bestHyphens)
            {
                (best, bestHyphens) = (segment, hyphens);
            }
        }

        if (bestHyphens < MinSlugHyphens)
        {
            return null;
        }

        var dot = best.LastIndexOf('.');
        return Uri.UnescapeDataString(dot > 0 ? best[..dot] : best).Replace('-', ' ').Replace('_', ' ');
    }

    /// <summary>The smallest hashes of the text's word pairs (all words, stop words kept): a bottom-k sketch of its shingles.</summary>
    public static uint[] Sketch(string title, string? body)
    {
        var text = string.IsNullOrEmpty(body) ? title : title + " " + Lead(body);
        var shingles = new SortedSet<uint>();
        uint previous = 0;
        var first = true;
        foreach (var word in Words(text))
        {
            if (!first)
            {
                shingles.Add(Mix(previous, word));
                if (shingles.Count > SketchSize)
                {
                    shingles.Remove(shingles.Max);
                }
            }

            previous = word;
            first = false;
        }

        if (first)
        {
            return [];
        }

        return shingles.Count == 0 ? [previous] : [.. shingles];
    }

    /// <summary>The first <see cref="MaxBodyChars"/> characters of a body: all that features and sketches read.</summary>
    private static string Lead(string body) => body.Length > MaxBodyChars ? body[..MaxBodyChars] : body;

    /// <summary>Estimated Jaccard overlap of two bottom-k sketches.</summary>
    public static double Overlap(uint[] a, uint[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        int i = 0, j = 0, union = 0, both = 0;
        while (union < SketchSize && (i < a.Length || j < b.Length))
        {
            if (j >= b.Length || (i < a.Length && a[i] < b[j]))
            {
                i++;
            }
            else if (i >= a.Length || b[j] < a[i])
            {
                j++;
            }
            else
            {
                both++;
                i++;
                j++;
            }

            union++;
        }

        return (double)both / union;
    }

    public static uint Hash(string value)
    {
        var hash = FnvOffset;
        foreach (var c in value)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return hash;
    }

    private static void AddTerms(Dictionary<uint, float> counts, IReadOnlyList<string> terms, float weight, int limit)
    {
        uint previous = 0;
        var n = Math.Min(limit, terms.Count);
        for (var i = 0; i < n; i++)
        {
            var hash = Hash(terms[i]) & ~PairBit;
            counts[hash] = counts.GetValueOrDefault(hash) + weight;
            if (i > 0)
            {
                var pair = Mix(previous, hash) | PairBit;
                counts[pair] = counts.GetValueOrDefault(pair) + (weight * BigramWeight);
            }

            previous = hash;
        }
    }

    private static IEnumerable<uint> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return Hash(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }
    }

    private static uint Mix(uint a, uint b)
    {
        var h = (a * 0x9E3779B1u) ^ (b + 0x7F4A7C15u + (a << 6) + (a >> 2));
        h ^= h >> 15;
        h *= 0x2C1B3C6Du;
        h ^= h >> 12;
        return h;
    }
}
