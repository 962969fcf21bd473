using System.Globalization;
using Microsoft.Extensions.Options;

namespace Bellwether.Core.Internal;

/// <summary>
/// Strength = 1 + independent sources + extractions + recency + persistence + velocity, rounded and clamped to 1–10,
/// and capped at the single-source ceiling when fewer than two independent sources back the signal.
/// </summary>
internal sealed class CorroborationSignalScorer(IOptions<BellwetherOptions> options) : ISignalScorer
{
    private const double SourcePoints = 2.5;
    private const double ExtractionPoints = 1;
    private const double RecencyPoints = 1.5;
    private const double PersistencePoints = 1;
    private const double MaxVelocityPoints = 1.5;

    public StrengthBreakdown Score(Signal signal, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(signal);
        var settings = options.Value;
        var sources = new HashSet<string>(signal.Evidence.Count, StringComparer.OrdinalIgnoreCase);
        var days = new HashSet<DateOnly>(Math.Min(signal.Evidence.Count, 64));
        var recent = 0;
        var first = DateTimeOffset.MaxValue;
        foreach (var evidence in signal.Evidence)
        {
            if (!evidence.IsNearDuplicate)
            {
                sources.Add(evidence.Article.Source ?? evidence.Article.Id);
            }

            var at = evidence.Article.PublishedAt ?? evidence.ExtractedAt;
            days.Add(DateOnly.FromDateTime(at.UtcDateTime));
            first = at < first ? at : first;
            if (now - at <= TimeSpan.FromDays(1) && at <= now + TimeSpan.FromDays(1))
            {
                recent++;
            }
        }

        var articles = Math.Max(1, signal.Evidence.Count);
        var lifeDays = signal.Evidence.Count == 0 ? 1 : Math.Max(1, (now - first).TotalDays);
        var dailyRate = articles / lifeDays;
        var burst = recent / dailyRate;
        var ageDays = Math.Max(0, (now - signal.LastReinforcedAt).TotalDays);

        StrengthComponent[] components =
        [
            new("independent sources", sources.Count, SourcePoints * Math.Log2(1 + sources.Count), Count(sources.Count, "independent source", "after copies are collapsed")),
            new("extractions", signal.ExtractionCount, ExtractionPoints * Math.Log2(Math.Max(1, signal.ExtractionCount)), Invariant($"extracted {signal.ExtractionCount}×")),
            new("recency", ageDays, RecencyPoints * Math.Pow(0.5, ageDays / settings.StrengthHalfLife.TotalDays), Invariant($"last reinforced {ageDays:0.#} days ago (half-life {settings.StrengthHalfLife.TotalDays:0.#} days)")),
            new("persistence", days.Count, PersistencePoints * Math.Log2(Math.Max(1, days.Count)), Count(days.Count, "day", "with evidence")),
            new("velocity", burst, Math.Clamp(Math.Log2(Math.Max(1, burst)), 0, MaxVelocityPoints), Invariant($"{recent} articles in the last day against {dailyRate:0.##} a day before")),
        ];

        var raw = 1 + components.Sum(c => c.Points);
        var strength = Math.Clamp((int)Math.Round(raw, MidpointRounding.AwayFromZero), StrengthBreakdown.Min, StrengthBreakdown.Max);
        string? capped = null;
        if (sources.Count <= 1 && strength > settings.SingleSourceCeiling)
        {
            strength = settings.SingleSourceCeiling;
            capped = Invariant($"a single source cannot score above {settings.SingleSourceCeiling}");
        }

        return new StrengthBreakdown { Strength = strength, RawScore = raw, Components = components, CappedBecause = capped, ComputedAt = now };
    }

    private static string Count(int count, string noun, string tail) => Invariant($"{count} {noun}{(count == 1 ? string.Empty : "s")} {tail}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
