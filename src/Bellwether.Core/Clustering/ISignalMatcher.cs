namespace Bellwether.Core;

/// <summary>Decides whether a candidate reinforces a known signal or starts a new one, and keeps the index that decision needs.</summary>
/// <remarks>Implementations are thread-safe. The pipeline tells the matcher about every signal it stores.</remarks>
public interface ISignalMatcher
{
    /// <summary>Finds the signal a candidate reinforces, if any, and the story its article belongs to.</summary>
    /// <param name="candidate">The candidate to place.</param>
    /// <param name="article">The article the candidate was extracted from.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    ValueTask<SignalMatch> MatchAsync(SignalCandidate candidate, Article article, CancellationToken cancellationToken = default);

    /// <summary>Adds a signal to the index, or refreshes it after a merge.</summary>
    void Observe(Signal signal);

    /// <summary>Removes a signal from the index (for example after compaction absorbed it).</summary>
    void Forget(string signalId);

    /// <summary>The story a story id belongs to now: stories that converged are merged and answer with the survivor's id.</summary>
    /// <param name="storyId">A story id a match returned earlier.</param>
    string ResolveStory(string storyId) => storyId;

    /// <summary>Pairs of signals that belong together (survivor first), among <paramref name="signalIds"/> and their nearest neighbours: centroids that converged, or a signal of one article that would join the other.</summary>
    /// <param name="signalIds">The signals that just changed.</param>
    IReadOnlyList<(string SurvivorId, string AbsorbedId)> FindConverged(IReadOnlyCollection<string> signalIds) => [];
}
