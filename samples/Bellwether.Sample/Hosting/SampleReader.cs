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
}
