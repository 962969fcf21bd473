using System.Collections.Frozen;

namespace Bellwether.Core.Text;

/// <summary>
/// Splits text into sentences at line breaks and at sentence-ending punctuation, but not after abbreviations
/// ("Mr.", "Dr.", "U.S.", "Jan.", "Inc.") or initials. Never throws on any string. Source shared by Bellwether.Core and
/// Bellwether.AI (linked into each, compiled internal to each), so that the AI package's chunks end where Core's
/// sentences do without a public text API.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet(
    [
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "ste", "mt", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "rev",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "inc", "ltd", "corp", "co", "plc", "bros", "dept", "univ", "assn", "vs", "etc", "approx", "est", "no", "nos", "fig",
        "u.s", "u.k", "u.n", "e.u", "e.g", "i.e", "a.m", "p.m",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The sentences of <paramref name="text"/> as ranges of it, trimmed, in order.</summary>
    public static IReadOnlyList<Range> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Range>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                Add(text, start, i, sentences);
                start = i + 1;
            }
            else if (c is '.' or '!' or '?' && EndsSentence(text, i))
            {
                var end = i + 1;
                while (end < text.Length && text[end] is '"' or '\u201D' or '\'' or '\u2019' or ')')
                {
                    end++;
                }

                Add(text, start, end, sentences);
                start = end;
                i = end - 1;
            }
        }

        Add(text, start, text.Length, sentences);
        return sentences;
    }

    private static bool EndsSentence(string text, int i)
    {
        var next = i + 1;
        while (next < text.Length && text[next] is '"' or '\u201D' or '\'' or '\u2019' or ')')
        {
            next++;
        }

        if (next < text.Length && !char.IsWhiteSpace(text[next]))
        {
            return false;
        }

        while (next < text.Length && text[next] is ' ' or '\t')
        {
            next++;
        }

        if (next < text.Length && char.IsLower(text[next]))
        {
            return false;
        }

        if (text[i] != '.')
        {
            return true;
        }

        var wordStart = i;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, i - wordStart);
        if (IsInitials(word))
        {
            return false;
        }

        return !AbbreviationLookup.Contains(word);
    }

    /// <summary>"J" or "A.P" (before the final dot): capital initials, one letter each, as in "J. Smith" or "A.P. Moller".</summary>
    private static bool IsInitials(ReadOnlySpan<char> word)
    {
        for (var k = 0; k < word.Length; k += 2)
        {
            if (!char.IsUpper(word[k]) || (k + 1 < word.Length && word[k + 1] != '.'))
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    private static void Add(string text, int start, int end, List<Range> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(start..end);
        }
    }
}
