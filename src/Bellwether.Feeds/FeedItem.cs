namespace Bellwether.Feeds;

/// <summary>One feed item as an article, with where its text came from.</summary>
public sealed record FeedItem
{
    /// <summary>Creates a <see cref="FeedItem"/> from its parts.</summary>
    /// <param name="article">The article to ingest.</param>
    /// <param name="textOrigin">Where the article's text came from.</param>
    /// <param name="fullTextProblem">Why the page's full text was not used, when a fetch or extraction failed; otherwise null.</param>
    public FeedItem(Article article, ArticleTextOrigin textOrigin, string? fullTextProblem = null)
    {
        Article = article;
        TextOrigin = textOrigin;
        FullTextProblem = fullTextProblem;
    }

    /// <summary>The article to ingest.</summary>
    public Article Article { get; init; }

    /// <summary>Where <see cref="Article.Text"/> came from.</summary>
    public ArticleTextOrigin TextOrigin { get; init; }

    /// <summary>Why the page's full text was not used, when a fetch or extraction failed; otherwise null.</summary>
    public string? FullTextProblem { get; init; }
}
