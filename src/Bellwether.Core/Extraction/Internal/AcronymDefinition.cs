namespace Bellwether.Core.Internal;

/// <summary>
/// Reads the definition news copy gives an acronym in parentheses after the full name: "the Central Bank of Kenya (CBK)",
/// "Korea Hydro &amp; Nuclear Power (KHNP)". The letters of the short form are found, last to first, in the words before
/// the parenthesis, and the first letter must open a word; the long form is the shortest run of words that holds them
/// (the algorithm of Schwartz and Hearst, "A simple algorithm for identifying abbreviation definitions in biomedical
/// text", 2003).
/// </summary>
internal static class AcronymDefinition
{
    /// <summary>
    /// True when <paramref name="word"/> can be a defined acronym: two or more capitals, then only capitals, digits, '-',
    /// '&amp;' or a plural 's' ("CBK", "AP-HP", "R&amp;D", "NGOs"), a short word written with one capital ("Nersa"), or a
    /// clipped name in camel case ("KenGen", "TurkStat").
    /// </summary>
    public static bool IsShortForm(ReadOnlySpan<char> word)
    {
        // "Nersa", "Cocobod": some acronyms are written as a word.
        if (word.Length is >= 3 and <= 7 && char.IsUpper(word[0]) && word[1..].ContainsAnyExceptInRange('a', 'z') is false)
        {
            return true;
        }

        // "KenGen" (Kenya Electricity Generating Company): syllables clipped from the words of the name.
        if (IsCamelCase(word))
        {
            return true;
        }

        var upper = 0;
        for (var k = 0; k < word.Length; k++)
        {
            var c = word[k];
            if (char.IsUpper(c))
            {
                upper++;
            }
            else if (!(char.IsDigit(c) || (k > 0 && c is '-' or '&') || (k == word.Length - 1 && c == 's')))
            {
                return false;
            }
        }

        return upper >= 2 && char.IsUpper(word[0]);
    }

    /// <summary>
    /// True when <paramref name="word"/> can be a short form only if its letters spell the name before it: a longer word
    /// with one capital ("Pharmexcil", Pharmaceuticals Export Promotion Council), or capitals with lower-case letters
    /// among or after them ("PBEd", Philippine Business for Education; "DfE"). Such a word is otherwise an ordinary name.
    /// </summary>
    public static bool IsSpelledShortForm(ReadOnlySpan<char> word)
    {
        if (word.Length is < 3 or > 10 || !char.IsAsciiLetterUpper(word[0]))
        {
            return false;
        }

        var upper = 0;
        foreach (var c in word)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }

            upper += char.IsAsciiLetterUpper(c) ? 1 : 0;
        }

        return upper == 1 ? word.Length >= 8 : word.Length <= 6;
    }

    private static bool IsCamelCase(ReadOnlySpan<char> word)
    {
        if (word.Length is < 4 or > 12 || !char.IsAsciiLetterUpper(word[0]) || !char.IsAsciiLetterLower(word[1]))
        {
            return false;
        }

        var inner = 0;
        foreach (var c in word[2..])
        {
            inner += char.IsAsciiLetterUpper(c) ? 1 : 0;
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return inner > 0;
    }

    /// <summary>
    /// Where the long form of <paramref name="shortForm"/> starts in <paramref name="before"/> (the words just before the
    /// parenthesis, at most <see cref="WindowWords"/> of them), or -1 when its letters are not there in order.
    /// </summary>
    public static int LongFormStart(ReadOnlySpan<char> before, ReadOnlySpan<char> shortForm)
    {
        var initials = Match(before, shortForm, initialsOnly: true);
        return initials >= 0 ? initials : Match(before, shortForm, initialsOnly: false);
    }

    /// <summary>
    /// Finds the letters of <paramref name="shortForm"/> last to first in <paramref name="before"/>; with
    /// <paramref name="initialsOnly"/> each must open a word, which reads "Superintendencia de Servicios Financieros (SSF)"
    /// whole where any letter would stop at the 's' ending "Servicios".
    /// </summary>
    private static int Match(ReadOnlySpan<char> before, ReadOnlySpan<char> shortForm, bool initialsOnly)
    {
        var s = shortForm.Length - 1;
        var l = before.Length - 1;
        while (s >= 0)
        {
            var c = Letter(shortForm[s]);
            if (!char.IsLetterOrDigit(c) || (s == shortForm.Length - 1 && shortForm[s] == 's'))
            {
                s--;
                continue;
            }

            while (l >= 0 && (Letter(before[l]) != c || ((s == 0 || initialsOnly) && l > 0 && char.IsLetterOrDigit(before[l - 1]))))
            {
                l--;
            }

            if (l < 0)
            {
                return -1;
            }

            l--;
            s--;
        }

        return l + 1;
    }

    /// <summary>The lower-case letter without its accent ("É" → 'e'), so that "Électricité de France" spells "EDF".</summary>
    private static char Letter(char c)
    {
        var folded = char.ToLowerInvariant(c);
        return folded < 128 ? folded : char.ToString(folded).Normalize(System.Text.NormalizationForm.FormD)[0];
    }

    /// <summary>How many words before the parenthesis may hold the long form: min(letters + 5, 2 × letters).</summary>
    public static int WindowWords(ReadOnlySpan<char> shortForm)
    {
        var letters = 0;
        foreach (var c in shortForm)
        {
            letters += char.IsLetterOrDigit(c) ? 1 : 0;
        }

        return Math.Min(letters + 5, 2 * letters);
    }
}
