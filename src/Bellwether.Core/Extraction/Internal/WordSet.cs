using System.Collections.Frozen;

namespace Bellwether.Core.Internal;

/// <summary>An immutable set of words that answers for spans without allocating.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordSet(IEnumerable<string> words, StringComparer? comparer = null) =>
        lookup = words.ToFrozenSet(comparer ?? StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public bool Contains(ReadOnlySpan<char> word) => lookup.Contains(word);

    /// <summary>A case-sensitive set that also holds each word capitalised and in upper case: fast, and enough for news text.</summary>
    public static WordSet WithCaseVariants(IEnumerable<string> words) =>
        new(words.SelectMany(w => new[] { w, char.ToUpperInvariant(w[0]) + w[1..], w.ToUpperInvariant() }).Distinct(StringComparer.Ordinal));
}
