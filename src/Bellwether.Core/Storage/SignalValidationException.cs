namespace Bellwether.Core;

/// <summary>Thrown when a signal given to a store cannot be stored as it is; names the signal and the offending field. Nothing was written.</summary>
public sealed class SignalValidationException : BellwetherException
{
    /// <summary>Creates the exception for one bad field of one signal.</summary>
    /// <param name="signalId">The signal's identifier.</param>
    /// <param name="field">The path of the bad field ("Evidence[2].Quotes[0].Text").</param>
    /// <param name="problem">What is wrong with it, as a predicate ("must not contain the NUL character (U+0000)").</param>
    public SignalValidationException(string signalId, string field, string problem)
        : base($"Signal '{signalId}': {field} {problem}; nothing was written.")
    {
        SignalId = signalId;
        Field = field;
        Problem = problem;
    }

    /// <summary>The signal's identifier.</summary>
    public string SignalId { get; }

    /// <summary>The path of the bad field.</summary>
    public string Field { get; }

    /// <summary>What is wrong with the field.</summary>
    public string Problem { get; }
}
