namespace Bellwether.Core;

/// <summary>What a <see cref="ISignalStore.SaveAsync"/> wrote.</summary>
public sealed record SaveResult
{
    /// <summary>True when the article had been saved before, so nothing was written.</summary>
    public bool IsDuplicateArticle { get; init; }

    /// <summary>The signals added, as stored.</summary>
    public IReadOnlyList<Signal> Created { get; init; } = [];

    /// <summary>The signals reinforced, as stored after the change.</summary>
    public IReadOnlyList<Signal> Reinforced { get; init; } = [];
}
