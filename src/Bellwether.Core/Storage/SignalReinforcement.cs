namespace Bellwether.Core;

/// <summary>A change to one stored signal, applied by the store to the version it holds.</summary>
/// <param name="SignalId">The signal to change.</param>
/// <param name="Apply">Returns the reinforced signal; may run more than once when a write conflicts, so it must be pure.</param>
public sealed record SignalReinforcement(string SignalId, Func<Signal, Signal> Apply)
{
    /// <summary>
    /// The signal exactly as the store returned it when the change was planned, if it was read then, or null. A store
    /// whose signal still has this <see cref="Signal.Version"/> may apply the change to it instead of reading the signal
    /// again (<see cref="SignalChangeSetPlan.Bases"/>); the pipeline sets it, and the change is the same either way.
    /// </summary>
    public Signal? Basis { get; init; }
}
