using System.Globalization;

namespace Bellwether.Core.Internal;

/// <summary>How well a signal matches a reader's interests: the summed weights of the interests it mentions.</summary>
/// <param name="Weight">The summed weights; 1 when the reader follows everything, 0 when nothing matches.</param>
/// <param name="Matched">The interests matched, as "topic semiconductors".</param>
internal sealed record InterestMatch(double Weight, IReadOnlyList<string> Matched)
{
    /// <summary>How well <paramref name="signal"/> matches <paramref name="interests"/> (as <see cref="Normalise"/> returns them).</summary>
    public static InterestMatch Of(IReadOnlyList<ReaderInterest> interests, Signal signal)
    {
        if (interests.Count == 0)
        {
            return new InterestMatch(1, []);
        }

        var matched = interests.Where(i => Mentions(signal, i)).ToList();
        return new InterestMatch(
            matched.Sum(i => i.Weight),
            [.. matched.Select(i => string.Create(CultureInfo.InvariantCulture, $"{i.Kind.ToString().ToLowerInvariant()} {i.Value}"))]);
    }

    /// <summary>The interests of a validated profile as signals spell them: values trimmed, regions as upper-case codes.</summary>
    public static IReadOnlyList<ReaderInterest> Normalise(IReadOnlyList<ReaderInterest> interests) =>
        [.. interests.Select(i => i with { Value = i.Kind == InterestKind.Region ? RegionCodes.Normalise(i.Value)! : i.Value.Trim() })];

    /// <summary>Whether <paramref name="signal"/>'s corroborated tags name <paramref name="interest"/> (normalised), ignoring case: a region one article of ten mentions in passing does not put the signal in that region's brief.</summary>
    public static bool Mentions(Signal signal, ReaderInterest interest) => interest.Kind switch
    {
        InterestKind.Topic => signal.KeyTopics.Contains(interest.Value, StringComparer.OrdinalIgnoreCase),
        InterestKind.Region => signal.KeyRegions.Contains(interest.Value, StringComparer.OrdinalIgnoreCase),
        _ => signal.KeyActors.Contains(interest.Value, StringComparer.OrdinalIgnoreCase),
    };
}
