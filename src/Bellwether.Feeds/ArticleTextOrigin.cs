namespace Bellwether.Feeds;

/// <summary>Where an article's text came from.</summary>
public enum ArticleTextOrigin
{
    /// <summary>The main text extracted from the linked page.</summary>
    FullText,

    /// <summary>The feed item's own content, long enough not to need the page.</summary>
    FeedContent,

    /// <summary>The feed item's summary, kept because the page could not be fetched or extracted (see <see cref="FeedItem.FullTextProblem"/>) or full text is off.</summary>
    Summary,
}
