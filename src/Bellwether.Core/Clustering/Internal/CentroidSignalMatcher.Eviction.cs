namespace Bellwether.Core.Internal;

/// <summary>
/// Eviction: after each story merge, the stories and signals that no later article can join leave the index. The
/// clock is the newest publication time placed (never the wall clock), so a replay of the match records evicts
/// exactly what the live run evicted, at the same point of the stream. A stream need not arrive in time order: the
/// clock stays behind the newest time by the most any article has arrived late so far (an article older than every
/// one before it sets no lateness: it could have joined nothing), so a story stays while an article as late as those
/// seen could still join it. A stream in time order evicts as soon as it can; a shuffled one keeps what it needs.
/// </summary>
internal sealed partial class CentroidSignalMatcher
{
    /// <summary>The lowest similarity at which anything joins a story: an article's words (or half of that with a close meaning), or a story merge.</summary>
    private double StoryBar => Math.Min(_options.StoryMatchThreshold / 2, _options.StoryMergeThreshold);

    /// <summary>The lowest similarity at which anything joins a signal: a candidate whose story already feeds it (half the bar), or compaction.</summary>
    private double SignalBar => Math.Min(_options.SignalMatchThreshold / 2, _options.CompactionThreshold);

    /// <summary>The keys and sizes of the stories and signals in the index, in key order (what eviction left).</summary>
    internal IReadOnlyList<string> LiveClusters()
    {
        lock (_gate)
        {
            return
            [
                .. _stories.Clusters.Select(c => $"story {c.Key} {c.Size}").Order(StringComparer.Ordinal),
                .. _signals.Clusters.Select(c => $"signal {c.Key} {c.Size}").Order(StringComparer.Ordinal),
            ];
        }
    }

    /// <summary>The time no later article is expected to be older than: the newest time placed, less the greatest lateness seen.</summary>
    private long EvictionClock => _newestTicks - _latenessTicks;

    /// <summary>
    /// Moves the clocks on with an article of <paramref name="ticks"/>, in arrival order; only a <paramref name="fresh"/>
    /// article's first placement can be late (evidence a compaction moves is old by nature).
    /// </summary>
    private void Clock(long ticks, bool fresh)
    {
        if (fresh && ticks < _newestTicks && ticks >= _oldestTicks)
        {
            _latenessTicks = Math.Max(_latenessTicks, _newestTicks - ticks);
        }

        _newestTicks = Math.Max(_newestTicks, ticks);
        _oldestTicks = Math.Min(_oldestTicks, ticks);
    }

    /// <summary>Whether a story whose newest article is of <paramref name="ticks"/> is one eviction would remove: no later article could join it.</summary>
    private bool IsStale(long ticks) => _options.EvictStaleClusters && EvictionClock > ticks && _stories.CannotJoin(EvictionClock - ticks, StoryBar);

    /// <summary>Removes the stories and signals that even a perfect match at the eviction clock could not join.</summary>
    private void Evict()
    {
        if (!_options.EvictStaleClusters || _newestTicks == long.MinValue)
        {
            return;
        }

        var stories = _stories.Unreachable(EvictionClock, StoryBar);
        foreach (var story in stories)
        {
            _stories.Remove(story);
            _storyByKey.Remove(story.Key);
            _storySection.Remove(story);
            _storySignals.Remove(story.Key);
            _meanings.Remove(story);
        }

        var signals = _signals.Unreachable(EvictionClock, SignalBar);
        foreach (var signal in signals)
        {
            _signalByKey.Remove(signal.Key);
            _signals.Remove(signal);
            ForgetLocked(signal.Key);
        }

        if (stories.Count + signals.Count > 0)
        {
            Log.ClustersEvicted(_logger, stories.Count, signals.Count, _stories.LiveCount, _signals.LiveCount);
        }
    }
}
