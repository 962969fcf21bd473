namespace Bellwether.Core.Internal;

/// <summary>
/// The outlet's own name that many sites append to a headline ("… shooting - KSLA News 12 Shreveport, Louisiana News
/// Weather &amp; Sports", "… leaks - WDRB 41 ..."). It says who published the article, not what happened, and the
/// same words on every article of one outlet would tie unrelated events together and read as actors and places.
/// </summary>
internal static class OutletTag
{
    private static readonly string[] Separators = [" - ", " | ", " – ", " — "];

    /// <summary>The shortest name part that counts as the outlet's ("KSLA", "WFSB"; not "The").</summary>
    private const int MinNameLength = 3;

    /// <summary>
    /// <paramref name="title"/> without the part from the first separator after which the words name
    /// <paramref name="source"/> (its first word, or the first word after "The", begins the source's name or web
    /// address, or the source begins with it); <paramref name="title"/> itself when no such part follows its first
    /// words.
    /// </summary>
    public static string Strip(string title, string? source)
    {
        if (string.IsNullOrEmpty(title) || Letters(source) is not { Length: >= MinNameLength } outlet)
        {
            return title;
        }

        var cut = -1;
        foreach (var separator in Separators)
        {
            for (var at = title.IndexOf(separator, StringComparison.Ordinal); at > 0; at = title.IndexOf(separator, at + 1, StringComparison.Ordinal))
            {
                if ((cut < 0 || at < cut) && NamesOutlet(title.AsSpan(at + separator.Length), outlet))
                {
                    cut = at;
                    break;
                }
            }
        }

        return cut > 0 ? title[..cut].TrimEnd() : title;
    }

    private static bool NamesOutlet(ReadOnlySpan<char> rest, string outlet)
    {
        var word = FirstWord(rest.TrimStart());
        if (word.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            word = FirstWord(rest.TrimStart()[3..].TrimStart());
        }

        var name = Letters(word.ToString());
        return name.Length >= MinNameLength && (outlet.StartsWith(name, StringComparison.Ordinal) || name.StartsWith(outlet, StringComparison.Ordinal));
    }

    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> text)
    {
        var end = text.IndexOfAny(' ', ',', ':');
        return end < 0 ? text : text[..end];
    }

    /// <summary>Lower-case letters and digits only, without a leading "www." or "the" ("The Voice of Russia" → "voiceofrussia", "ksla.com" → "kslacom").</summary>
    private static string Letters(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        var text = name.Trim();
        if (text.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            text = text[4..];
        }
        else if (text.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            text = text[4..];
        }

        return string.Concat(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant));
    }
}
