namespace Bellwether.Core;

/// <summary>One term of a signal's strength, kept so that the score can be explained.</summary>
public sealed record StrengthComponent
{
    /// <summary>Creates a <see cref="StrengthComponent"/> from its parts.</summary>
    /// <param name="name">The component's name ("independent sources", "recency").</param>
    /// <param name="value">The raw measurement (a count, an age in days, a ratio).</param>
    /// <param name="points">What the component adds to the score, in strength points.</param>
    /// <param name="explanation">One line a reader understands ("3 independent sources").</param>
    public StrengthComponent(string name, double value, double points, string explanation)
    {
        Name = name;
        Value = value;
        Points = points;
        Explanation = explanation;
    }

    /// <summary>The component's name ("independent sources", "recency").</summary>
    public string Name { get; init; }

    /// <summary>The raw measurement (a count, an age in days, a ratio).</summary>
    public double Value { get; init; }

    /// <summary>What the component adds to the score, in strength points.</summary>
    public double Points { get; init; }

    /// <summary>One line a reader understands ("3 independent sources").</summary>
    public string Explanation { get; init; }
}
