namespace Bellwether.Core.Internal;

/// <summary>
/// The default extractor: reads one article with no model and no network and proposes one candidate signal
/// (actors, regions, topics, domains, horizon, key phrases, quotes, headline and reasoning). Deterministic and thread-safe.
/// </summary>
internal sealed class OfflineSignalExtractor(ArticleAnalyzer analyzer) : ISignalExtractor
{
    public ValueTask<IReadOnlyList<SignalCandidate>> ExtractAsync(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Extract(article, cancellationToken));
    }

    /// <summary>The candidates of one article, synchronously; <paramref name="cancellationToken"/> is checked while sentences are ranked.</summary>
    public IReadOnlyList<SignalCandidate> Extract(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        var analysis = analyzer.Analyze(article, cancellationToken) ?? (analyzer.Options.KeepUnreadArticles ? analyzer.Plain(article) : null);
        return analysis is null ? [] : [CandidateWriter.Write(article, analysis, analyzer)];
    }
}
