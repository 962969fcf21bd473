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
}
