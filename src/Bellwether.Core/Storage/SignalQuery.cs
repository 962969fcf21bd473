namespace Bellwether.Core;

/// <summary>Which signals to list, in which order, one page at a time.</summary>
public sealed record SignalQuery
{
    /// <summary>The largest page a query may ask for.</summary>
    public const int MaxLimit = 1000;

    /// <summary>Only signals with this topic (case-insensitive).</summary>
    public string? Topic { get; init; }

    /// <summary>Only signals with this region, one of the <see cref="RegionCodes"/> (case and surrounding spaces ignored).</summary>
    public string? Region { get; init; }

    /// <summary>Only signals with this key actor (case-insensitive).</summary>
    public string? Actor { get; init; }

    /// <summary>Only signals reinforced at or after this time.</summary>
    public DateTimeOffset? ChangedSince { get; init; }

    /// <summary>Only signals at least this strong.</summary>
    public int MinimumStrength { get; init; } = StrengthBreakdown.Min;

    /// <summary>The order of the results.</summary>
    public SignalOrder OrderBy { get; init; } = SignalOrder.Strongest;

    /// <summary>How many matching signals to skip.</summary>
    public int Offset { get; init; }

    /// <summary>The page size, from 1 to <see cref="MaxLimit"/>.</summary>
    public int Limit { get; init; } = 50;

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first out-of-range field or unknown region.</summary>
    public void Validate()
    {
        if (Offset < 0)
        {
            throw new ArgumentException($"{nameof(Offset)} must not be negative (was {Offset}).", nameof(Offset));
        }

        if (Limit is < 1 or > MaxLimit)
        {
            throw new ArgumentException($"{nameof(Limit)} must be between 1 and {MaxLimit} (was {Limit}).", nameof(Limit));
        }

        if (Region is not null && RegionCodes.Normalise(Region) is null)
        {
            throw new ArgumentException($"{nameof(Region)} must be an ISO 3166-1 alpha-2 code such as \"CN\" (was '{Region}').", nameof(Region));
        }

        if (MinimumStrength is < StrengthBreakdown.Min or > StrengthBreakdown.Max)
        {
            throw new ArgumentException($"{nameof(MinimumStrength)} must be between {StrengthBreakdown.Min} and {StrengthBreakdown.Max} (was {MinimumStrength}).", nameof(MinimumStrength));
        }
    }
}
