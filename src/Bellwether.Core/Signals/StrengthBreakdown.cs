using System.Text.Json.Serialization;

namespace Bellwether.Core;

/// <summary>A signal's strength on the 1–10 scale with the components it was computed from.</summary>
public sealed record StrengthBreakdown
{
    /// <summary>The lowest strength.</summary>
    public const int Min = 1;

    /// <summary>The highest strength.</summary>
    public const int Max = 10;

    /// <summary>The lowest strength, with no components.</summary>
    public StrengthBreakdown()
    {
    }

    /// <summary>Used by <see cref="BellwetherJsonContext"/>, so that a value missing from the JSON keeps its default (source-generated JSON would pass 0).</summary>
    [JsonConstructor]
    internal StrengthBreakdown(int strength = Min)
    {
        Strength = strength;
    }

    /// <summary>The strength shown to readers, from <see cref="Min"/> to <see cref="Max"/>.</summary>
    public int Strength { get; init; } = Min;

    /// <summary>The unrounded score before any ceiling was applied.</summary>
    public double RawScore { get; init; }

    /// <summary>The components that add up to <see cref="RawScore"/>.</summary>
    public IReadOnlyList<StrengthComponent> Components { get; init => field = value ?? []; } = [];

    /// <summary>Why the score was capped, when a gate applied (for example a single source); otherwise null.</summary>
    public string? CappedBecause { get; init; }

    /// <summary>When the strength was computed.</summary>
    public DateTimeOffset ComputedAt { get; init; }
}
