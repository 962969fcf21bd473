namespace Bellwether.Core;

/// <summary>Thrown when a new signal's id is already taken.</summary>
/// <param name="signalId">The id already in use.</param>
public sealed class DuplicateSignalException(string signalId)
    : BellwetherException($"Signal '{signalId}' already exists in the store.")
{
    /// <summary>The id already in use.</summary>
    public string SignalId { get; } = signalId;
}
