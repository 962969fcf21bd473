using System.Globalization;

namespace Bellwether.Hosting.Internal;

/// <summary>Turns <see cref="ReaderSettings"/> into the core's <see cref="ReaderProfile"/>.</summary>
internal static class ReaderProfiles
{
    /// <exception cref="FormatException">An interest or exclusion is not <c>KIND:VALUE[:WEIGHT]</c>.</exception>
    public static ReaderProfile ToProfile(ReaderSettings reader, DateTimeOffset? lastBriefAt) => new()
    {
        Name = reader.Name,
        Email = reader.Email,
        TimeZoneId = reader.TimeZone,
        Interests = reader.Interests.Select(i => ParseInterest(nameof(ReaderSettings.Interests), i)).ToList(),
        Exclusions = reader.Exclusions.Select(i => ParseInterest(nameof(ReaderSettings.Exclusions), i)).ToList(),
        MinimumStrength = reader.MinimumStrength,
        MaxItems = reader.MaxItems,
        LastBriefAt = lastBriefAt,
    };

    public static ReaderInterest ParseInterest(string field, string text)
    {
        var parts = (text ?? string.Empty).Split(':', StringSplitOptions.TrimEntries);
        if (parts.Length is < 2 or > 3 || parts[1].Length == 0 || !Enum.TryParse<InterestKind>(parts[0], ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(parts[0], out _))
        {
            throw new FormatException($"{field}: '{text}' is not KIND:VALUE[:WEIGHT] with KIND topic, region or actor");
        }

        var weight = 1.0;
        if (parts.Length == 3 && !double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out weight))
        {
            throw new FormatException($"{field}: weight '{parts[2]}' of '{text}' is not a number");
        }

        return new ReaderInterest(kind, parts[1], weight);
    }
}
