namespace Bellwether.Core;

/// <summary>
/// Scores an article against one story or signal the default matcher's index retrieved for it; the best score is
/// compared with the level's bar (<see cref="ClusteringOptions.StoryMatchThreshold"/> or
/// <see cref="ClusteringOptions.SignalMatchThreshold"/>).
/// </summary>
/// <remarks>
/// Optional: without one, a candidate scores its <see cref="MatchFeatures.WordSimilarity"/>. The sparse index still
/// chooses whom to compare (the few closest stories and signals by words, never the whole index), so a replacement
/// changes how they are weighed, not how they are found: for example weights fitted on labelled pairs of your own news.
/// It is called inside the matcher's lock, once per retrieved candidate, and again when a restarted process replays
/// the same matches: keep it fast, thread-safe and deterministic.
/// </remarks>
public interface IMatchSimilarity
{
    /// <summary>How alike the article and the candidate are, from 0 (unrelated) to 1.</summary>
    /// <param name="features">What the matcher measured of the pair.</param>
    double Score(in MatchFeatures features);
}
