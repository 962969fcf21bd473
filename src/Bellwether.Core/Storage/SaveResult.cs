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

    /// <summary>
    /// The change-feed sequence of the write's first change, or null when nothing was written or the store does not
    /// say. The write's changes hold every sequence from here to <see cref="LastSequence"/>, one per created or
    /// reinforced signal, so a reader that had seen everything up to <c>FirstSequence - 1</c> has seen everything up
    /// to <see cref="LastSequence"/> once it has these signals.
    /// </summary>
    public long? FirstSequence { get; init; }

    /// <summary>The change-feed sequence of the write's last change, or null with <see cref="FirstSequence"/>.</summary>
    public long? LastSequence { get; init; }
}
