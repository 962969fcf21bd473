using System.Collections.Concurrent;
using Bellwether.Core.Text;

namespace Bellwether.Core.Internal;

/// <summary>
/// Remembers the Porter2 term of each word form already seen, so that a stream of articles stems each form once.
/// Thread-safe; stops growing at <see cref="Capacity"/> forms (later forms are stemmed each time).
/// </summary>
internal sealed class TermCache
{
    private const int Capacity = 200_000;
    private static readonly string NoTerm = string.Empty;

    private readonly ConcurrentDictionary<string, string> terms = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public TermCache() => lookup = terms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The term of a word as written, as <see cref="TermExtractor.ToTerm"/> gives it.</summary>
    public string? Get(ReadOnlySpan<char> word)
    {
        if (lookup.TryGetValue(word, out var cached))
        {
            return ReferenceEquals(cached, NoTerm) ? null : cached;
        }

        var term = TermExtractor.ToTerm(word);
        if (terms.Count < Capacity)
        {
            lookup.TryAdd(word, term ?? NoTerm);
        }

        return term;
    }
}
