using System.Globalization;

namespace Bellwether.Core.Internal;

/// <summary>How well a signal matches a reader's interests: the summed weights of the interests it mentions.</summary>
/// <param name="Weight">The summed weights; 1 when the reader follows everything, 0 when nothing matches.</param>
/// <param name="Matched">The interests matched, as "topic semiconductors".</param>
internal sealed record InterestMatch(double Weight, IReadOnlyList<string> Matched)
{
    public static InterestMatch Of(ReaderProfile reader, Signal signal)
    {
        if (reader.Interests.Count == 0)
        {
            return new InterestMatch(1, []);
        }

        var matched = reader.Interests.Where(i => Mentions(signal, i)).ToList();
        return new InterestMatch(
            matched.Sum(i => i.Weight),
            [.. matched.Select(i => string.Create(CultureInfo.InvariantCulture, $"{i.Kind.ToString().ToLowerInvariant()} {i.Value}"))]);
    }

    public static bool Mentions(Signal signal, ReaderInterest interest) => interest.Kind switch
    {
        InterestKind.Topic => signal.Topics.Contains(interest.Value, StringComparer.OrdinalIgnoreCase),
        InterestKind.Region => signal.Regions.Contains(interest.Value, StringComparer.OrdinalIgnoreCase),
        _ => signal.Actors.Contains(interest.Value, StringComparer.OrdinalIgnoreCase),
    };
}
