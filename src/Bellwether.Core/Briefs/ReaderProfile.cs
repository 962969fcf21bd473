using System.Text.Json.Serialization;

namespace Bellwether.Core;

/// <summary>Who a brief is for and what they care about.</summary>
public sealed record ReaderProfile
{
    private const int DefaultMinimumStrength = 5;
    private const int DefaultMaxItems = 5;

    /// <summary>A profile with the documented defaults; <see cref="Name"/> and <see cref="Email"/> must be set.</summary>
    public ReaderProfile()
    {
    }

    /// <summary>Used by <see cref="BellwetherJsonContext"/>, so that a value missing from the JSON keeps its default (source-generated JSON would pass 0).</summary>
    [JsonConstructor]
    internal ReaderProfile(int minimumStrength = DefaultMinimumStrength, int maxItems = DefaultMaxItems)
    {
        MinimumStrength = minimumStrength;
        MaxItems = maxItems;
    }

    /// <summary>The reader's name, as the brief greets them.</summary>
    public required string Name { get; init; }

    /// <summary>The address the brief is mailed to.</summary>
    public required string Email { get; init; }

    /// <summary>The reader's IANA or Windows time zone id (default "UTC").</summary>
    public string TimeZoneId { get; init => field = value ?? "UTC"; } = "UTC";

    /// <summary>What the reader follows; an empty list means everything is of ordinary interest.</summary>
    public IReadOnlyList<ReaderInterest> Interests { get; init => field = value ?? []; } = [];

    /// <summary>What the reader never wants to see; a signal with any of these is left out.</summary>
    public IReadOnlyList<ReaderInterest> Exclusions { get; init => field = value ?? []; } = [];

    /// <summary>Signals weaker than this stay out of the brief (default 5).</summary>
    public int MinimumStrength { get; init; } = DefaultMinimumStrength;

    /// <summary>The most items a brief holds (default 5).</summary>
    public int MaxItems { get; init; } = DefaultMaxItems;

    /// <summary>When the reader's previous brief was composed; null when this is the first.</summary>
    public DateTimeOffset? LastBriefAt { get; init; }

    /// <summary>Checks every field and throws a <see cref="ReaderProfileValidationException"/> naming the first bad one.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            throw new ReaderProfileValidationException(nameof(Name), "must not be empty");
        }

        var at = Email?.IndexOf('@', StringComparison.Ordinal) ?? -1;
        if (at <= 0 || at == Email!.Length - 1)
        {
            throw new ReaderProfileValidationException(nameof(Email), $"'{Email}' is not an e-mail address");
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZoneId, out _))
        {
            throw new ReaderProfileValidationException(nameof(TimeZoneId), $"'{TimeZoneId}' is not a known time zone");
        }

        if (MinimumStrength is < StrengthBreakdown.Min or > StrengthBreakdown.Max)
        {
            throw new ReaderProfileValidationException(nameof(MinimumStrength), $"must be between {StrengthBreakdown.Min} and {StrengthBreakdown.Max}");
        }

        if (MaxItems is < 1 or > 100)
        {
            throw new ReaderProfileValidationException(nameof(MaxItems), "must be between 1 and 100");
        }

        ValidateInterests(nameof(Interests), Interests);
        ValidateInterests(nameof(Exclusions), Exclusions);
    }

    private static void ValidateInterests(string field, IReadOnlyList<ReaderInterest> interests)
    {
        foreach (var interest in interests)
        {
            if (interest is null)
            {
                throw new ReaderProfileValidationException(field, "must not hold a null interest");
            }

            if (!Enum.IsDefined(interest.Kind))
            {
                throw new ReaderProfileValidationException(field, $"kind {(int)interest.Kind} of '{interest.Value}' is not topic, region or actor");
            }

            if (string.IsNullOrWhiteSpace(interest.Value))
            {
                throw new ReaderProfileValidationException(field, "must not hold an empty value");
            }

            if (interest.Kind == InterestKind.Region && RegionCodes.Normalise(interest.Value) is null)
            {
                throw new ReaderProfileValidationException(field, $"region '{interest.Value}' is not an ISO 3166-1 alpha-2 code (or EU, XK)");
            }

            if (!(interest.Weight > 0) || double.IsInfinity(interest.Weight))
            {
                throw new ReaderProfileValidationException(field, $"weight of '{interest.Value}' must be a finite number greater than 0");
            }
        }
    }
}
