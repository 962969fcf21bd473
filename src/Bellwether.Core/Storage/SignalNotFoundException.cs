namespace Bellwether.Core;

/// <summary>Thrown when a write names a signal the store does not hold.</summary>
/// <param name="signalId">The missing signal's id.</param>
public sealed class SignalNotFoundException(string signalId)
    : BellwetherException($"Signal '{signalId}' does not exist in the store.")
{
    /// <summary>The missing signal's id.</summary>
    public string SignalId { get; } = signalId;
}
