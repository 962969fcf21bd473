namespace Bellwether.Core;

/// <summary>Thrown when a new signal's id is already taken, in the store or by another new signal of the same change set.</summary>
public sealed class DuplicateSignalException : BellwetherException
{
    /// <summary>Creates the error for a new signal whose id is already in the store.</summary>
    /// <param name="signalId">The id already in use.</param>
    public DuplicateSignalException(string signalId)
        : this(signalId, $"Signal '{signalId}' already exists in the store.")
    {
    }

    /// <summary>Creates the error with a message saying where the id is taken.</summary>
    /// <param name="signalId">The id already in use.</param>
    /// <param name="message">What is wrong, naming the id.</param>
    public DuplicateSignalException(string signalId, string message)
        : base(message)
    {
        SignalId = signalId;
    }

    /// <summary>The id already in use.</summary>
    public string SignalId { get; }
}
