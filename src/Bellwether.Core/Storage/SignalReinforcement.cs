namespace Bellwether.Core;

/// <summary>A change to one stored signal, applied by the store to the version it holds.</summary>
/// <param name="SignalId">The signal to change.</param>
/// <param name="Apply">Returns the reinforced signal; may run more than once when a write conflicts, so it must be pure.</param>
public sealed record SignalReinforcement(string SignalId, Func<Signal, Signal> Apply);
