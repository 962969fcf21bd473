namespace Bellwether.Core;

/// <summary>Reads one article and proposes the patterns it points to.</summary>
public interface ISignalExtractor
{
    /// <summary>Extracts the candidate signals of one article; an empty list when the article says nothing usable.</summary>
    /// <param name="article">A validated article.</param>
    /// <param name="cancellationToken">Cancels the extraction.</param>
    ValueTask<IReadOnlyList<SignalCandidate>> ExtractAsync(Article article, CancellationToken cancellationToken = default);
}
