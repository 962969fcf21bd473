namespace Bellwether.Core;

/// <summary>Where a candidate belongs.</summary>
public sealed record SignalMatch
{
    /// <summary>Creates a <see cref="SignalMatch"/> from its parts.</summary>
    /// <param name="signalId">The signal the candidate reinforces, or null when it starts a new one.</param>
    /// <param name="similarity">How close the candidate is to that signal, from 0 to 1 (0 for a new signal).</param>
    /// <param name="storyId">The story the article joins, or null when it starts a new story.</param>
    /// <param name="isNearDuplicate">True when the article is a near-duplicate or syndicated copy of one already seen.</param>
    public SignalMatch(string? signalId, double similarity, string? storyId, bool isNearDuplicate)
    {
        SignalId = signalId;
        Similarity = similarity;
        StoryId = storyId;
        IsNearDuplicate = isNearDuplicate;
    }

    /// <summary>The signal the candidate reinforces, or null when it starts a new one.</summary>
    public string? SignalId { get; init; }

    /// <summary>How close the candidate is to that signal, from 0 to 1 (0 for a new signal).</summary>
    public double Similarity { get; init; }

    /// <summary>The story the article joins, or null when it starts a new story.</summary>
    public string? StoryId { get; init; }

    /// <summary>True when the article is a near-duplicate or syndicated copy of one already seen.</summary>
    public bool IsNearDuplicate { get; init; }

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
