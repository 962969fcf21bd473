namespace Bellwether.Core;

/// <summary>One term of a signal's strength, kept so that the score can be explained.</summary>
/// <param name="Name">The component's name ("independent sources", "recency").</param>
/// <param name="Value">The raw measurement (a count, an age in days, a ratio).</param>
/// <param name="Points">What the component adds to the score, in strength points.</param>
/// <param name="Explanation">One line a reader understands ("3 independent sources").</param>
public sealed record StrengthComponent(string Name, double Value, double Points, string Explanation);
