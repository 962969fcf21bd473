namespace Bellwether.Core;

/// <summary>A change to one stored signal, applied by the store to the version it holds.</summary>
public sealed record SignalReinforcement
{
    /// <summary>Creates a <see cref="SignalReinforcement"/> from its parts.</summary>
    /// <param name="signalId">The signal to change.</param>
    /// <param name="apply">Returns the reinforced signal; may run more than once when a write conflicts, so it must be pure.</param>
    public SignalReinforcement(string signalId, Func<Signal, Signal> apply)
    {
        SignalId = signalId;
        Apply = apply;
    }

    /// <summary>The signal to change.</summary>
    public string SignalId { get; init; }

    /// <summary>Returns the reinforced signal; may run more than once when a write conflicts, so it must be pure.</summary>
    public Func<Signal, Signal> Apply { get; init; }

    /// <summary>
    /// The signal exactly as the store returned it when the change was planned, if it was read then, or null. A store
    /// whose signal still has this <see cref="Signal.Version"/> may apply the change to it instead of reading the signal
    /// again (<see cref="SignalChangeSetPlan.Bases"/>); the pipeline sets it, and the change is the same either way.
    /// </summary>
    public Signal? Basis { get; init; }
}
