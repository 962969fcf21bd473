using Bellwether.Core.Text;

namespace Bellwether.Core.Internal;

/// <summary>
/// Finds the longest known phrase that starts at a token, comparing surface forms (possessive "'s" removed) exactly.
/// Immutable once built; safe to share between threads.
/// </summary>
/// <typeparam name="T">What a phrase maps to.</typeparam>
internal sealed class PhraseMatcher<T>
{
    private readonly Dictionary<string, List<(string[] Tail, T Value)>> byFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string[] Tail, T Value)>>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public PhraseMatcher(IEnumerable<KeyValuePair<string, T>> phrases)
    {
        foreach (var (phrase, value) in phrases)
        {
            var words = Words(phrase);
            if (words.Length == 0)
            {
                continue;
            }

            if (!byFirst.TryGetValue(words[0], out var list))
            {
                byFirst[words[0]] = list = [];
            }

            var rest = words[1..];
            list.RemoveAll(entry => entry.Tail.AsSpan().SequenceEqual(rest));
            list.Add((rest, value));
            list.Sort((a, b) => b.Tail.Length.CompareTo(a.Tail.Length));
        }

        lookup = byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The surface form of a token: the token without a trailing possessive "'s".</summary>
    public static ReadOnlySpan<char> Surface(ReadOnlySpan<char> token) =>
        token.Length > 2 && Tokenizer.IsApostrophe(token[^2]) && token[^1] == 's' ? token[..^2] : token;

    /// <summary>The tokens a phrase is made of, as surface forms.</summary>
    public static string[] Words(string phrase) =>
        [.. Tokenizer.Tokenize(phrase).Select(t => Surface(t.In(phrase)).ToString())];

    /// <summary>The value of the one-word phrase <paramref name="word"/>; default when it is not one.</summary>
    public T? MatchWord(ReadOnlySpan<char> word)
    {
        if (lookup.TryGetValue(word, out var entries))
        {
            foreach (var (rest, value) in entries)
            {
                if (rest.Length == 0)
                {
                    return value;
                }
            }
        }

        return default;
    }

    /// <summary>
    /// The value of the phrase of two or more words that tokens <paramref name="index"/> to <paramref name="limit"/> spell
    /// with a plural "s" on the last word ("South Africans" for "South African"); default when none.
    /// </summary>
    public T? MatchPlural(string text, IReadOnlyList<Token> tokens, int index, int limit)
    {
        var last = tokens[limit - 1].In(text);
        if (limit - index < 2 || last.Length < 2 || last[^1] != 's' || !lookup.TryGetValue(Surface(tokens[index].In(text)), out var entries))
        {
            return default;
        }

        foreach (var (rest, value) in entries)
        {
            if (rest.Length == limit - index - 1 && last[..^1].SequenceEqual(rest[^1]) && TailMatches(text, tokens, index, rest, rest.Length - 1))
            {
                return value;
            }
        }

        return default;
    }

    /// <summary>The longest phrase starting at token <paramref name="index"/>, as its token count and value; 0 when none.</summary>
    public (int Length, T? Value) Match(string text, IReadOnlyList<Token> tokens, int index, int limit)
    {
        if (!lookup.TryGetValue(Surface(tokens[index].In(text)), out var entries))
        {
            return (0, default);
        }

        foreach (var (rest, value) in entries)
        {
            if (index + rest.Length < limit && TailMatches(text, tokens, index, rest, rest.Length))
            {
                return (rest.Length + 1, value);
            }
        }

        return (0, default);
    }

    /// <summary>Whether the <paramref name="count"/> tokens after <paramref name="index"/> are the first words of <paramref name="rest"/>, as surface forms.</summary>
    private static bool TailMatches(string text, IReadOnlyList<Token> tokens, int index, string[] rest, int count)
    {
        for (var k = 0; k < count; k++)
        {
            if (!Surface(tokens[index + 1 + k].In(text)).SequenceEqual(rest[k]))
            {
                return false;
            }
        }

        return true;
    }
}
