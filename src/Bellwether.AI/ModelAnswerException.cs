namespace Bellwether.AI;

/// <summary>The model gave no usable answer for an article within the allowed attempts.</summary>
public sealed class ModelAnswerException : BellwetherException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="articleId">The article the request was about.</param>
    /// <param name="operation">What was asked ("extraction", "analysis").</param>
    /// <param name="attempts">How many attempts were made.</param>
    /// <param name="innerException">The error of the last attempt.</param>
    public ModelAnswerException(string articleId, string operation, int attempts, Exception? innerException)
        : base($"The model gave no usable {operation} answer for article '{articleId}' after {attempts} attempt(s): {innerException?.Message}", innerException)
    {
        ArticleId = articleId;
        Operation = operation;
        Attempts = attempts;
    }

    /// <summary>The article the request was about.</summary>
    public string ArticleId { get; }

    /// <summary>What was asked ("extraction", "analysis").</summary>
    public string Operation { get; }

    /// <summary>How many attempts were made.</summary>
    public int Attempts { get; }
}
