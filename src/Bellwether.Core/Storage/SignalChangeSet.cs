namespace Bellwether.Core;

/// <summary>Everything one ingested article changes, saved in one atomic write.</summary>
public sealed record SignalChangeSet
{
    /// <summary>The article the changes come from.</summary>
    public required ArticleRecord Article { get; init; }

    /// <summary>Signals the article starts.</summary>
    public IReadOnlyList<Signal> Created { get; init; } = [];

    /// <summary>Signals the article reinforces.</summary>
    public IReadOnlyList<SignalReinforcement> Reinforcements { get; init; } = [];

    /// <summary>
    /// The matcher's record of how it placed the article (opaque text), or null. A store that keeps records saves it in
    /// the same write, when the write takes a change-feed sequence, and returns it from
    /// <see cref="ISignalStore.ReadMatchRecordsAsync"/>, so that a restarted process or another worker rebuilds the
    /// clustering exactly instead of approximately from the evidence.
    /// </summary>
    public string? MatchRecord { get; init; }
}
