using System.Buffers;

namespace Bellwether.Core.Text;

/// <summary>Turns text into the content terms that extraction and clustering compare: lower-cased, Porter2-stemmed, stop words removed.</summary>
internal static class TermExtractor
{
    /// <summary>The content terms of <paramref name="text"/>, in order of appearance (repeats kept).</summary>
    public static IReadOnlyList<string> GetTerms(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = new List<string>();
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            var word = token.In(text);
            if (word.ContainsAny(UnspacedScripts))
            {
                AddUnspaced(terms, word);
            }
            else if (ToTerm(word) is { } term)
            {
                terms.Add(term);
            }
        }

        return terms;
    }

    /// <summary>
    /// Scripts written without spaces between words (Chinese, Japanese kana, Thai, Lao, Khmer, Myanmar): a "word" token of
    /// theirs is a whole clause, so its terms are its overlapping pairs of characters, the usual unit for matching them.
    /// </summary>
    private static readonly SearchValues<char> UnspacedScripts = SearchValues.Create(
        string.Concat(Range('\u0E00', '\u0EFF'), Range('\u1000', '\u109F'), Range('\u1780', '\u17FF'), Range('\u3040', '\u30FF'),
            Range('\u3400', '\u4DBF'), Range('\u4E00', '\u9FFF'), Range('\uF900', '\uFAFF')));

    private static string Range(char first, char last) => new([.. Enumerable.Range(first, last - first + 1).Select(c => (char)c)]);

    /// <summary>Adds the character pairs of each unspaced run in <paramref name="word"/> (a lone character alone), and the term of each other run.</summary>
    private static void AddUnspaced(List<string> terms, ReadOnlySpan<char> word)
    {
        var start = 0;
        while (start < word.Length)
        {
            var unspaced = UnspacedScripts.Contains(word[start]);
            var end = start + 1;
            while (end < word.Length && UnspacedScripts.Contains(word[end]) == unspaced)
            {
                end++;
            }

            var run = word[start..end];
            if (!unspaced)
            {
                if (ToTerm(run) is { } term)
                {
                    terms.Add(term);
                }
            }
            else if (run.Length == 1)
            {
                terms.Add(run.ToString());
            }
            else
            {
                for (var i = 0; i + 1 < run.Length; i++)
                {
                    terms.Add(run.Slice(i, 2).ToString());
                }
            }

            start = end;
        }
    }

    /// <summary>The term of one word token, or null for stop words and single letters.</summary>
    /// <param name="word">The word as written ("Nvidia's", "U.S.", "restrictions").</param>
    public static string? ToTerm(ReadOnlySpan<char> word)
    {
        if (word.Length > 2 && Tokenizer.IsApostrophe(word[^2]) && word[^1] is 's' or 'S')
        {
            word = word[..^2];
        }

        Span<char> lower = stackalloc char[Math.Min(word.Length, 128)];
        var length = 0;
        foreach (var c in word[..lower.Length])
        {
            if (c != '.')
            {
                lower[length++] = Tokenizer.IsApostrophe(c) ? '\'' : char.ToLowerInvariant(c);
            }
        }

        if (length < 2)
        {
            return null;
        }

        var text = new string(lower[..length]);
        if (StopWords.Contains(text))
        {
            return null;
        }

        var hyphen = text.LastIndexOf('-');
        return hyphen < 0 ? Porter2Stemmer.Stem(text) : string.Concat(text.AsSpan(0, hyphen + 1), Porter2Stemmer.Stem(text[(hyphen + 1)..]));
    }
}
