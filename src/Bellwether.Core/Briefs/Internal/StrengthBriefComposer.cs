using System.Globalization;

namespace Bellwether.Core.Internal;

/// <summary>
/// First composer: signals at or above the reader's strength changed since the last brief, weighted by the
/// reader's interests, strongest first. The brief issue adds novelty detail and diversity.
/// </summary>
internal sealed class StrengthBriefComposer(ISignalStore store, TimeProvider timeProvider) : IBriefComposer
{
    public async ValueTask<Brief> ComposeAsync(ReaderProfile reader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        reader.Validate();
        var now = timeProvider.GetUtcNow();
        var page = await store.QueryAsync(
            new SignalQuery { MinimumStrength = reader.MinimumStrength, ChangedSince = reader.LastBriefAt, Limit = SignalQuery.MaxLimit },
            cancellationToken).ConfigureAwait(false);

        var items = page.Items
            .Where(s => !reader.Exclusions.Any(e => Mentions(s, e)))
            .Select(s => new BriefItem(s, s.Strength.Strength * Interest(reader, s), Reason(reader, s)))
            .Where(i => i.Relevance > 0)
            .OrderByDescending(i => i.Relevance)
            .ThenBy(i => i.Signal.Id, StringComparer.Ordinal)
            .Take(reader.MaxItems)
            .ToList();

        return new Brief
        {
            ReaderName = reader.Name,
            ComposedAt = now,
            Items = items,
            SilenceReason = items.Count > 0 ? null : string.Create(CultureInfo.InvariantCulture, $"No signal of strength {reader.MinimumStrength} or more matching your interests has appeared or been reinforced since your last brief."),
        };
    }

    private static double Interest(ReaderProfile reader, Signal signal) =>
        reader.Interests.Count == 0 ? 1 : reader.Interests.Where(i => Mentions(signal, i)).Sum(i => i.Weight);

    private static string Reason(ReaderProfile reader, Signal signal) =>
        reader.LastBriefAt is { } last && signal.FirstExtractedAt < last ? "reinforced" : "new";

    private static bool Mentions(Signal signal, ReaderInterest interest) => interest.Kind switch
    {
        InterestKind.Topic => signal.Topics.Contains(interest.Value, StringComparer.OrdinalIgnoreCase),
        InterestKind.Region => signal.Regions.Contains(interest.Value, StringComparer.OrdinalIgnoreCase),
        _ => signal.Actors.Contains(interest.Value, StringComparer.OrdinalIgnoreCase),
    };
}
