namespace Bellwether.Core;

/// <summary>Something a reader follows, with how much it matters to them.</summary>
public sealed record ReaderInterest
{
    /// <summary>Creates a <see cref="ReaderInterest"/> from its parts.</summary>
    /// <param name="kind">Whether <paramref name="value"/> is a topic, a region or an actor.</param>
    /// <param name="value">The topic, region code or actor name (case-insensitive).</param>
    /// <param name="weight">How much it matters, greater than 0 (1 is ordinary interest).</param>
    public ReaderInterest(InterestKind kind, string value, double weight = 1.0)
    {
        Kind = kind;
        Value = value;
        Weight = weight;
    }

    /// <summary>Whether <see cref="Value"/> is a topic, a region or an actor.</summary>
    public InterestKind Kind { get; init; }

    /// <summary>The topic, region code or actor name (case-insensitive).</summary>
    public string Value { get; init; }

    /// <summary>How much it matters, greater than 0 (1 is ordinary interest).</summary>
    public double Weight { get; init; }
}
