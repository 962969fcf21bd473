namespace Bellwether.Core;

/// <summary>A signal's strength on the 1–10 scale with the components it was computed from.</summary>
public sealed record StrengthBreakdown
{
    /// <summary>The lowest strength.</summary>
    public const int Min = 1;

    /// <summary>The highest strength.</summary>
    public const int Max = 10;

    /// <summary>The strength shown to readers, from <see cref="Min"/> to <see cref="Max"/>.</summary>
    public int Strength { get; init; } = Min;

    /// <summary>The unrounded score before any ceiling was applied.</summary>
    public double RawScore { get; init; }

    /// <summary>The components that add up to <see cref="RawScore"/>.</summary>
    public IReadOnlyList<StrengthComponent> Components { get; init; } = [];

    /// <summary>Why the score was capped, when a gate applied (for example a single source); otherwise null.</summary>
    public string? CappedBecause { get; init; }

    /// <summary>When the strength was computed.</summary>
    public DateTimeOffset ComputedAt { get; init; }
}
