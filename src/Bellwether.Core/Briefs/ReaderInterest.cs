namespace Bellwether.Core;

/// <summary>Something a reader follows, with how much it matters to them.</summary>
/// <param name="Kind">Whether <paramref name="Value"/> is a topic, a region or an actor.</param>
/// <param name="Value">The topic, region code or actor name (case-insensitive).</param>
/// <param name="Weight">How much it matters, greater than 0 (1 is ordinary interest).</param>
public sealed record ReaderInterest(InterestKind Kind, string Value, double Weight = 1.0);
