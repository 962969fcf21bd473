namespace Bellwether.Core;

/// <summary>Where a candidate belongs.</summary>
/// <param name="SignalId">The signal the candidate reinforces, or null when it starts a new one.</param>
/// <param name="Similarity">How close the candidate is to that signal, from 0 to 1 (0 for a new signal).</param>
/// <param name="StoryId">The story the article joins, or null when it starts a new story.</param>
/// <param name="IsNearDuplicate">True when the article is a near-duplicate or syndicated copy of one already seen.</param>
public sealed record SignalMatch(string? SignalId, double Similarity, string? StoryId, bool IsNearDuplicate)
{
    /// <summary>A match that starts a new signal and a new story.</summary>
    public static SignalMatch None { get; } = new(null, 0, null, false);

    /// <summary>
    /// What the matcher needs kept with the article's evidence (<see cref="ArticleReference.CopySketch"/>) to recognise
    /// copies of it after a restart or on another worker, or null when the article's title is enough.
    /// </summary>
    internal IReadOnlyList<uint>? CopySketch { get; init; }

    /// <summary>True when the candidate starts a new signal.</summary>
    public bool IsNew => SignalId is null;
}
