namespace Bellwether.Core;

/// <summary>The entry point: ingests articles, turning them into new or reinforced signals.</summary>
/// <remarks>Thread-safe: several callers may ingest at once.</remarks>
public interface ISignalPipeline
{
    /// <summary>
    /// Validates, extracts, matches, scores and stores one article. An article with an empty title and a body gets a
    /// title derived from the body (<see cref="Article.IsTitleDerived"/>).
    /// </summary>
    /// <exception cref="ArticleValidationException">The article is unusable; nothing was stored.</exception>
    /// <exception cref="SignalCandidateValidationException">The extractor proposed an unusable candidate; nothing of the article was stored.</exception>
    ValueTask<IngestResult> IngestAsync(Article article, CancellationToken cancellationToken = default);

    /// <summary>Ingests a stream of articles, yielding one result per article in input order.</summary>
    IAsyncEnumerable<IngestResult> IngestAsync(IAsyncEnumerable<Article> articles, CancellationToken cancellationToken = default);

    /// <summary>
    /// Brings the matcher up to date with the store without ingesting (the next ingest does it anyway): at start-up it
    /// rebuilds the clustering from the stored signals and match records, so that
    /// <see cref="ISignalMatcher.ResolveStory"/> answers for stories of earlier runs too.
    /// </summary>
    /// <param name="cancellationToken">Cancels the reading.</param>
    ValueTask CatchUpAsync(CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
}
