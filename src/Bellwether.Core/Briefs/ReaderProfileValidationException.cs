namespace Bellwether.Core;

/// <summary>Thrown when a reader profile is unusable; names the offending field.</summary>
public sealed class ReaderProfileValidationException : BellwetherException
{
    /// <summary>Creates the exception for one bad field.</summary>
    /// <param name="field">The name of the bad field.</param>
    /// <param name="problem">What is wrong with it.</param>
    public ReaderProfileValidationException(string field, string problem)
        : base($"Reader profile: {field} {problem}.")
    {
        Field = field;
        Problem = problem;
    }

    /// <summary>The name of the bad field.</summary>
    public string Field { get; }

    /// <summary>What is wrong with the field.</summary>
    public string Problem { get; }
}
