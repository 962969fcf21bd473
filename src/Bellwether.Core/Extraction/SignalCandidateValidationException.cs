namespace Bellwether.Core;

/// <summary>Thrown when an extractor proposes an unusable candidate; names the article, the candidate and the offending field. Nothing of the article is stored.</summary>
public sealed class SignalCandidateValidationException : BellwetherException
{
    /// <summary>Creates the exception for one bad field of one candidate.</summary>
    /// <param name="articleId">The article the candidate was extracted from.</param>
    /// <param name="candidateIndex">The candidate's position in the extractor's answer (0-based).</param>
    /// <param name="field">The name of the bad field.</param>
    /// <param name="problem">What is wrong with it, as a predicate ("must not be empty").</param>
    public SignalCandidateValidationException(string articleId, int candidateIndex, string field, string problem)
        : base($"Article '{articleId}', candidate {candidateIndex}: {field} {problem}.")
    {
        ArticleId = articleId;
        CandidateIndex = candidateIndex;
        Field = field;
        Problem = problem;
    }

    /// <summary>The article the candidate was extracted from.</summary>
    public string ArticleId { get; }

    /// <summary>The candidate's position in the extractor's answer (0-based).</summary>
    public int CandidateIndex { get; }

    /// <summary>The name of the bad field.</summary>
    public string Field { get; }

    /// <summary>What is wrong with the field.</summary>
    public string Problem { get; }
}
