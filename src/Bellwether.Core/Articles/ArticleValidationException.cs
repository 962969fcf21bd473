namespace Bellwether.Core;

/// <summary>Thrown when an article is unusable; names the article and the offending field.</summary>
public sealed class ArticleValidationException : BellwetherException
{
    /// <summary>Creates the exception for one bad field of one article.</summary>
    /// <param name="articleId">The article's identifier, as given (may be empty).</param>
    /// <param name="field">The name of the bad field.</param>
    /// <param name="problem">What is wrong with it, as a predicate ("must not be empty").</param>
    public ArticleValidationException(string? articleId, string field, string problem)
        : base($"Article '{articleId}': {field} {problem}.")
    {
        ArticleId = articleId;
        Field = field;
        Problem = problem;
    }

    /// <summary>The article's identifier, as given.</summary>
    public string? ArticleId { get; }

    /// <summary>The name of the bad field.</summary>
    public string Field { get; }

    /// <summary>What is wrong with the field.</summary>
    public string Problem { get; }
}
