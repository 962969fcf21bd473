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
}
