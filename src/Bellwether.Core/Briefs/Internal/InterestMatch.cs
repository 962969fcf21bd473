using System.Globalization;

namespace Bellwether.Core.Internal;

/// <summary>How well a signal matches a reader's interests: the summed weights of the interests it mentions.</summary>
/// <param name="Weight">The summed weights; 1 when the reader follows everything, 0 when nothing matches.</param>
/// <param name="Matched">The interests matched, as "topic semiconductors".</param>
internal sealed record InterestMatch(double Weight, IReadOnlyList<string> Matched)
{
    /// <summary>
    /// How well <paramref name="signal"/> matches <paramref name="interests"/> (as <see cref="Normalise"/> returns them):
    /// no match at all when its key tags name any of <paramref name="exclusions"/>.
    /// </summary>
    public static InterestMatch Of(IReadOnlyList<ReaderInterest> interests, IReadOnlyList<ReaderInterest> exclusions, Signal signal)
    {
        var tags = new KeyTags(signal);
        if (exclusions.Any(tags.Mention))
        {
            return new InterestMatch(0, []);
        }

        if (interests.Count == 0)
        {
            return new InterestMatch(1, []);
        }

        var matched = interests.Where(tags.Mention).ToList();
        return new InterestMatch(
            matched.Sum(i => i.Weight),
            [.. matched.Select(i => string.Create(CultureInfo.InvariantCulture, $"{i.Kind.ToString().ToLowerInvariant()} {i.Value}"))]);
    }

    /// <summary>The interests of a validated profile as signals spell them: values trimmed, regions as upper-case codes.</summary>
    public static IReadOnlyList<ReaderInterest> Normalise(IReadOnlyList<ReaderInterest> interests) =>
        [.. interests.Select(i => i with { Value = i.Kind == InterestKind.Region ? RegionCodes.Normalise(i.Value)! : i.Value.Trim() })];

    /// <summary>
    /// A signal's key tags, each kind read at most once for all of a reader's interests and exclusions (every read of
    /// <see cref="Signal.KeyTopics"/> counts over the evidence again). A region one article of ten mentions in passing
    /// does not put the signal in that region's brief.
    /// </summary>
    private sealed class KeyTags(Signal signal)
    {
        private IReadOnlyList<string>? _topics;
        private IReadOnlyList<string>? _regions;
        private IReadOnlyList<string>? _actors;

        /// <summary>Whether the key tags name <paramref name="interest"/> (normalised), ignoring case.</summary>
        public bool Mention(ReaderInterest interest) => (interest.Kind switch
        {
            InterestKind.Topic => _topics ??= signal.KeyTopics,
            InterestKind.Region => _regions ??= signal.KeyRegions,
            _ => _actors ??= signal.KeyActors,
        }).Contains(interest.Value, StringComparer.OrdinalIgnoreCase);
    }
}
