using System.Collections.Concurrent;

namespace Bellwether.AI.Internal;

/// <summary>Signal embeddings by signal id, at most <c>capacity</c> of them; the oldest entry goes first. Thread-safe.</summary>
internal sealed class EmbeddingCache(int capacity)
{
    private readonly ConcurrentDictionary<string, (string Headline, ReadOnlyMemory<float> Vector)> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    public int Count => _entries.Count;

    /// <summary>The stored vector when it was computed from the same headline.</summary>
    public bool TryGet(string signalId, string headline, out ReadOnlyMemory<float> vector)
    {
        if (_entries.TryGetValue(signalId, out var entry) && string.Equals(entry.Headline, headline, StringComparison.Ordinal))
        {
            vector = entry.Vector;
            return true;
        }

        vector = default;
        return false;
    }

    public void Set(string signalId, string headline, ReadOnlyMemory<float> vector)
    {
        if (_entries.TryAdd(signalId, (headline, vector)))
        {
            _order.Enqueue(signalId);
        }
        else
        {
            _entries[signalId] = (headline, vector);
        }

        while (_entries.Count > capacity && _order.TryDequeue(out var oldest))
        {
            _entries.TryRemove(oldest, out _);
        }
    }
}
