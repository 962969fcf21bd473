using Bellwether.Core.Text;

namespace Bellwether.AI.Internal;

/// <summary>
/// Splits an article's text into consecutive parts that each fit a budget (of tokens or of characters): at the last
/// sentence end (line breaks end sentences too) in the second half of the budget, else at the last white space, else
/// at the budget.
/// </summary>
internal static class ArticleChunker
{
    /// <summary>
    /// At most <paramref name="maxParts"/> consecutive parts of <paramref name="text"/>, each trimmed and at most
    /// <paramref name="maxTokens"/> tokens (<see cref="TokenCounter"/>); <paramref name="unread"/> is how many characters
    /// are left after the last part.
    /// </summary>
    public static IReadOnlyList<string> SplitByTokens(string text, int maxTokens, int maxParts, out int unread)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTokens, 2);
        return Split(text, start => Math.Max(2, TokenCounter.CharactersWithin(text.AsSpan(start), maxTokens)), maxParts, out unread);
    }

    /// <summary>
    /// At most <paramref name="maxParts"/> consecutive parts of <paramref name="text"/>, each trimmed and at most
    /// <paramref name="maxChars"/> characters; <paramref name="unread"/> is how many characters are left after the last part.
    /// </summary>
    public static IReadOnlyList<string> Split(string text, long maxChars, int maxParts, out int unread)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 2);
        var budget = (int)Math.Min(maxChars, int.MaxValue);
        return Split(text, _ => budget, maxParts, out unread);
    }

    /// <summary>The split, with <paramref name="budgetFrom"/> giving how many characters the part starting at an index may hold (at least 2).</summary>
    private static List<string> Split(string text, Func<int, int> budgetFrom, int maxParts, out int unread)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxParts, 1);
        if (text.Length <= budgetFrom(0))
        {
            unread = 0;
            return [text];
        }

        var sentenceEnds = SentenceSplitter.Split(text).Select(sentence => sentence.End.Value).ToArray();
        var parts = new List<string>();
        var start = SkipWhiteSpace(text, 0);
        while (start < text.Length && parts.Count < maxParts)
        {
            var budget = budgetFrom(start);
            var end = text.Length - start <= budget ? text.Length : End(text, sentenceEnds, start, budget);
            parts.Add(text[start..end].TrimEnd());
            start = SkipWhiteSpace(text, end);
        }

        unread = text.Length - start;
        return parts;
    }

    /// <summary>Where the part starting at <paramref name="start"/> ends, when the rest of the text is over the budget.</summary>
    private static int End(string text, int[] sentenceEnds, int start, int budget)
    {
        var limit = start + budget;
        var index = Array.BinarySearch(sentenceEnds, limit);
        index = index >= 0 ? index : ~index - 1;
        if (index >= 0 && sentenceEnds[index] - start >= budget / 2)
        {
            return sentenceEnds[index];
        }

        var space = text.AsSpan(start + 1, budget).LastIndexOfAny(' ', '\n', '\t');
        if (space >= 0)
        {
            return start + 1 + space;
        }

        return char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
    }

    private static int SkipWhiteSpace(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }
}
