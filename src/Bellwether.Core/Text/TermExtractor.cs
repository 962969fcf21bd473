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
            if (token.Kind == TokenKind.Word && ToTerm(token.In(text)) is { } term)
            {
                terms.Add(term);
            }
        }

        return terms;
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
