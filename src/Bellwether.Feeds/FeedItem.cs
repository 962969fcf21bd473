namespace Bellwether.Feeds;

/// <summary>One feed item as an article, with where its text came from.</summary>
/// <param name="Article">The article to ingest.</param>
/// <param name="TextOrigin">Where <see cref="Article.Text"/> came from.</param>
/// <param name="FullTextProblem">Why the page's full text was not used, when a fetch or extraction failed; otherwise null.</param>
public sealed record FeedItem(Article Article, ArticleTextOrigin TextOrigin, string? FullTextProblem = null);
