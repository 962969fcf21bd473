using System.Globalization;
using Bellwether.Core;

namespace Bellwether.Sample.Hosting;

/// <summary>The reader of the seed page.</summary>
internal static class SampleReader
{
    public static ReaderProfile Marco { get; } = new()
    {
        Name = "Marco",
        Email = "marco@example.com",
        TimeZoneId = "Europe/Rome",
        MinimumStrength = 3,
        MaxItems = 5,
        Interests =
        [
            new ReaderInterest(InterestKind.Topic, "semiconductors", 2),
            new ReaderInterest(InterestKind.Topic, "AI", 1.5),
            new ReaderInterest(InterestKind.Topic, "geopolitics", 1),
            new ReaderInterest(InterestKind.Region, "CN", 1),
            new ReaderInterest(InterestKind.Region, "US", 1),
            new ReaderInterest(InterestKind.Actor, "CXMT", 1),
            new ReaderInterest(InterestKind.Actor, "Cambricon", 1),
            new ReaderInterest(InterestKind.Actor, "Yangtze Memory Technologies", 1),
            new ReaderInterest(InterestKind.Actor, "Nvidia", 1),
        ],
    };

    /// <summary>Marco following <paramref name="follows"/> ("topic:AI", "region:CN:2", "actor:Nvidia") instead of his own interests; Marco himself when empty.</summary>
    /// <exception cref="ArgumentException">An entry is not KIND:VALUE[:WEIGHT].</exception>
    public static ReaderProfile Following(IReadOnlyList<string> follows) => follows.Count == 0
        ? Marco
        : Marco with { Interests = [.. follows.Select(Parse)] };

    private static ReaderInterest Parse(string follow)
    {
        var parts = follow.Split(':', 3, StringSplitOptions.TrimEntries);
        if (parts.Length < 2 || !parts[0].All(char.IsAsciiLetter) || !Enum.TryParse<InterestKind>(parts[0], ignoreCase: true, out var kind) || parts[1].Length == 0)
        {
            throw new ArgumentException($"--follow '{follow}' is not KIND:VALUE[:WEIGHT] with KIND topic, region or actor.", nameof(follow));
        }

        if (parts.Length == 3 && !double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            throw new ArgumentException($"--follow '{follow}': weight '{parts[2]}' is not a number.", nameof(follow));
        }

        return new ReaderInterest(kind, parts[1], parts.Length == 3 ? double.Parse(parts[2], CultureInfo.InvariantCulture) : 1);
    }
}
