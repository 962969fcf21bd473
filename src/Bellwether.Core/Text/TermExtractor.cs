namespace Bellwether.Core.Text;

/// <summary>Turns text into the content terms that extraction and clustering compare: lower-cased, stemmed, stop words removed.</summary>
public static class TermExtractor
{
    /// <summary>The content terms of <paramref name="text"/>, in order of appearance (repeats kept).</summary>
    public static IReadOnlyList<string> GetTerms(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = new List<string>();
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
                var word = text[start..i].ToLowerInvariant();
                start = -1;
                if (word.Length > 1 && !StopWords.Contains(word))
                {
                    terms.Add(Stem(word));
                }
            }
        }

        return terms;
    }

    // First version: plural folding only; the Snowball English stemmer replaces it.
    private static string Stem(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;
}
