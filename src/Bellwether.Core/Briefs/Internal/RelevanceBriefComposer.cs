using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bellwether.Core.Internal;

/// <summary>
/// The default composer. Relevance is strength × interest match × novelty; only signals at the reader's minimum
/// strength, matching their interests, untouched by their exclusions and new or reinforced since their last brief
/// qualify. Items are picked most relevant first, skipping a signal that shares a story with one already picked or
/// whose topic already has <see cref="BriefOptions.MaxItemsPerTopic"/> items. When nothing qualifies the brief is
/// silent and says why. A brief that has news also lists, after it, the strongest signals the reader saw last time
/// that have lost strength since (scored again now), so that it says what weakened as well.
/// </summary>
internal sealed class RelevanceBriefComposer(
    ISignalStore store,
    TimeProvider timeProvider,
    IOptions<BriefOptions> options,
    ILogger<RelevanceBriefComposer>? logger = null,
    ISignalScorer? scorer = null) : IBriefComposer
{
    /// <summary>How many of the strongest unchanged signals are scored again for weakening.</summary>
    private const int WeakeningCandidates = 100;

    private readonly ILogger _logger = logger ?? NullLogger<RelevanceBriefComposer>.Instance;

    public async ValueTask<Brief> ComposeAsync(ReaderProfile reader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        reader.Validate();
        var now = timeProvider.GetUtcNow();
        var since = reader.LastBriefAt;
        // Only signals reinforced since the last brief can be news; the store filters them (it may be large).
        var recent = await LoadAsync(reader.MinimumStrength, since, cancellationToken).ConfigureAwait(false);

        var interests = InterestMatch.Normalise(reader.Interests);
        var exclusions = InterestMatch.Normalise(reader.Exclusions);
        var interesting = recent
            .Select(s => (Signal: s, Match: InterestMatch.Of(interests, exclusions, s)))
            .Where(c => c.Match.Weight > 0)
            .ToList();

        var candidates = interesting
            .Select(c => (c.Signal, c.Match, Novelty: NoveltyAssessment.Of(c.Signal, since)))
            .Where(c => c.Novelty is not null)
            .Select(c => new BriefItem(c.Signal, c.Signal.Strength.Strength * c.Match.Weight * c.Novelty!.Factor, c.Novelty.Reason)
            {
                Novelty = c.Novelty.Kind,
                MatchedInterests = c.Match.Matched,
            })
            .OrderByDescending(i => i.Relevance)
            .ThenByDescending(i => i.Signal.Strength.Strength)
            .ThenByDescending(i => i.Signal.LastReinforcedAt)
            .ThenBy(i => i.Signal.Id, StringComparer.Ordinal)
            .ToList();

        if (candidates.Count > 0 && since is { } last && scorer is not null)
        {
            candidates.AddRange(await WeakenedAsync(reader, last, now, interests, exclusions, cancellationToken).ConfigureAwait(false));
        }

        var items = Diversify(candidates, reader.MaxItems, options.Value.MaxItemsPerTopic);
        var brief = new Brief
        {
            ReaderName = reader.Name,
            ComposedAt = now,
            TimeZoneId = reader.TimeZoneId,
            Since = since,
            Items = items,
            SilenceReason = items.Count > 0
                ? null
                : await SilenceReasonAsync(reader, recent.Count, interesting.Count, cancellationToken).ConfigureAwait(false),
        };

        if (brief.IsSilent)
        {
            BriefLog.Silent(_logger, reader.Name, brief.SilenceReason!);
        }
        else
        {
            BriefLog.Composed(_logger, reader.Name, items.Count, candidates.Count);
        }

        return brief;
    }

    private static List<BriefItem> Diversify(List<BriefItem> ranked, int maxItems, int maxPerTopic)
    {
        var picked = new List<BriefItem>(maxItems);
        var stories = new HashSet<string>(StringComparer.Ordinal);
        var perTopic = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in ranked)
        {
            if (picked.Count == maxItems)
            {
                break;
            }

            var itemStories = item.Signal.Evidence.Select(e => e.StoryId).OfType<string>().ToList();
            var topics = item.Signal.KeyTopics.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (itemStories.Any(stories.Contains) || topics.Any(t => perTopic.GetValueOrDefault(t) >= maxPerTopic))
            {
                continue;
            }

            picked.Add(item);
            stories.UnionWith(itemStories);
            foreach (var topic in topics)
            {
                perTopic[topic] = perTopic.GetValueOrDefault(topic) + 1;
            }
        }

        return picked;
    }

    /// <summary>The strongest signals unchanged since <paramref name="since"/> that match the reader and have weakened, least relevant last.</summary>
    private async ValueTask<List<BriefItem>> WeakenedAsync(
        ReaderProfile reader, DateTimeOffset since, DateTimeOffset now, IReadOnlyList<ReaderInterest> interests, IReadOnlyList<ReaderInterest> exclusions, CancellationToken cancellationToken)
    {
        var page = await store.QueryAsync(new SignalQuery { MinimumStrength = reader.MinimumStrength, Limit = WeakeningCandidates }, cancellationToken).ConfigureAwait(false);
        var weakened = new List<BriefItem>();
        foreach (var signal in page.Items.Where(s => s.LastReinforcedAt <= since))
        {
            var match = InterestMatch.Of(interests, exclusions, signal);
            if (match.Weight > 0 && NoveltyAssessment.Weakening(signal, scorer!.Score(signal, now).Strength, since, reader.MinimumStrength) is { } weakening)
            {
                weakened.Add(new BriefItem(signal, signal.Strength.Strength * match.Weight * weakening.Factor, weakening.Reason)
                {
                    Novelty = weakening.Kind,
                    MatchedInterests = match.Matched,
                });
            }
        }

        return [.. weakened.OrderByDescending(i => i.Relevance).ThenBy(i => i.Signal.Id, StringComparer.Ordinal)];
    }

    private async ValueTask<List<Signal>> LoadAsync(int minimumStrength, DateTimeOffset? changedSince, CancellationToken cancellationToken)
    {
        var query = new SignalQuery { MinimumStrength = minimumStrength, ChangedSince = changedSince, Limit = SignalQuery.MaxLimit };
        return await store.QueryAllAsync(query, cancellationToken).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<string> SilenceReasonAsync(ReaderProfile reader, int recent, int interesting, CancellationToken cancellationToken)
    {
        var strong = await store.QueryAsync(new SignalQuery { MinimumStrength = reader.MinimumStrength, Limit = 1 }, cancellationToken).ConfigureAwait(false);
        if (strong.TotalCount == 0)
        {
            var strongest = await store.QueryAsync(new SignalQuery { Limit = 1 }, cancellationToken).ConfigureAwait(false);
            return strongest.Items.Count == 0
                ? "No signals have been found yet."
                : Invariant($"No signal reaches your minimum strength of {reader.MinimumStrength}; the strongest is {strongest.Items[0].Strength.Strength}.");
        }

        var sinceLastBrief = reader.LastBriefAt is { } last ? Invariant($" since your last brief ({last.UtcDateTime:yyyy-MM-dd HH:mm} UTC)") : string.Empty;
        if (recent == 0)
        {
            return Invariant($"Nothing of strength {reader.MinimumStrength} or more is new or reinforced{sinceLastBrief}.");
        }

        if (interesting == 0)
        {
            return Invariant($"None of the {Count(recent, "signal")} of strength {reader.MinimumStrength} or more{(sinceLastBrief.Length > 0 ? " reinforced" + sinceLastBrief : string.Empty)} matches your interests.");
        }

        return Invariant($"None of the {Count(interesting, "signal")} matching your interests gained articles or strength{sinceLastBrief}.");
    }

    private static string Count(int count, string noun) => Invariant($"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
