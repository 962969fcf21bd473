using System.Globalization;
using System.Numerics;
using Microsoft.Extensions.Options;

namespace Bellwether.Core.Internal;

/// <summary>
/// Raw score = 1 + independent sources + extractions + recency + persistence + velocity. Up to <see cref="Knee"/> the
/// strength is the rounded raw score; above it the scale saturates, so the last two points need a broad base of
/// sources (<see cref="Calibrate"/>). Capped at the single-source ceiling when fewer than two independent sources back
/// the signal.
/// </summary>
internal sealed class CorroborationSignalScorer(IOptions<BellwetherOptions> options) : ISignalScorer
{
    private const double SourcePoints = 2.5;
    private const double ExtractionPoints = 1;
    private const double RecencyPoints = 1.5;
    private const double PersistencePoints = 1;
    private const double MaxVelocityPoints = 1.5;
    private const int StackLimit = 256;

    /// <summary>The raw score up to which strength follows it one for one (two outlets on two days reach about 8).</summary>
    private const double Knee = 8;

    /// <summary>How fast strength saturates above the knee: it rounds to 10 only from a raw score of 8 + 14·ln 4 ≈ 27.4 (a signal of two dozen independent outlets).</summary>
    private const double Saturation = 16;

    public StrengthBreakdown Score(Signal signal, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(signal);
        var settings = options.Value;
        var evidence = signal.Evidence;
        Span<int> dayNumbers = evidence.Count <= StackLimit ? stackalloc int[evidence.Count] : new int[evidence.Count];
        var recent = 0;
        var first = DateTimeOffset.MaxValue;
        for (var i = 0; i < evidence.Count; i++)
        {
            var at = evidence[i].Article.PublishedAt ?? evidence[i].ExtractedAt;
            dayNumbers[i] = DateOnly.FromDateTime(at.UtcDateTime).DayNumber;
            first = at < first ? at : first;
            if (now - at <= TimeSpan.FromDays(1) && at <= now + TimeSpan.FromDays(1))
            {
                recent++;
            }
        }

        var sources = IndependentSources(evidence);
        var days = Distinct(dayNumbers);
        var articles = Math.Max(1, signal.Evidence.Count);
        var lifeDays = signal.Evidence.Count == 0 ? 1 : Math.Max(1, (now - first).TotalDays);
        var dailyRate = articles / lifeDays;
        var burst = recent / dailyRate;
        var ageDays = Math.Max(0, (now - signal.LastReinforcedAt).TotalDays);

        StrengthComponent[] components =
        [
            new("independent sources", sources, SourcePoints * Math.Log2(1 + sources), Count(sources, "independent source", "after copies are collapsed")),
            new("extractions", signal.ExtractionCount, ExtractionPoints * Math.Log2(Math.Max(1, signal.ExtractionCount)), string.Create(CultureInfo.InvariantCulture, $"extracted {signal.ExtractionCount}×")),
            new("recency", ageDays, RecencyPoints * Math.Pow(0.5, ageDays / settings.StrengthHalfLife.TotalDays), string.Create(CultureInfo.InvariantCulture, $"last reinforced {ageDays:0.#} days ago (half-life {settings.StrengthHalfLife.TotalDays:0.#} days)")),
            new("persistence", days, PersistencePoints * Math.Log2(Math.Max(1, days)), Count(days, "day", "with evidence")),
            new("velocity", burst, Math.Clamp(Math.Log2(Math.Max(1, burst)), 0, MaxVelocityPoints), string.Create(CultureInfo.InvariantCulture, $"{recent} articles in the last day against {dailyRate:0.##} a day before")),
        ];

        double points = 0;
        foreach (var component in components)
        {
            points += component.Points;
        }

        var raw = 1 + points;
        var strength = Math.Clamp((int)Math.Round(Calibrate(raw), MidpointRounding.AwayFromZero), StrengthBreakdown.Min, StrengthBreakdown.Max);
        string? capped = null;
        if (sources <= 1 && strength > settings.SingleSourceCeiling)
        {
            strength = settings.SingleSourceCeiling;
            capped = string.Create(CultureInfo.InvariantCulture, $"a single source cannot score above {settings.SingleSourceCeiling}");
        }

        return new StrengthBreakdown { Strength = strength, RawScore = raw, Components = components, CappedBecause = capped, ComputedAt = now };
    }

    /// <summary>The raw score on the 1–10 scale: unchanged up to <see cref="Knee"/>, then approaching 10 as 10 − 2·e^(−(raw − knee) / <see cref="Saturation"/>).</summary>
    internal static double Calibrate(double raw) =>
        raw <= Knee ? raw : Knee + ((StrengthBreakdown.Max - Knee) * (1 - Math.Exp(-(raw - Knee) / Saturation)));

    /// <summary>The number of distinct outlets (case-insensitive) among the evidence that is not a copy, counted without allocating for usual signal sizes.</summary>
    private static int IndependentSources(IReadOnlyList<ArticleEvidence> evidence)
    {
        // Open addressing over evidence positions (position + 1; 0 is empty), at most half full.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, evidence.Count * 2));
        Span<int> table = size <= StackLimit ? stackalloc int[size] : new int[size];
        table.Clear();
        var distinct = 0;
        for (var i = 0; i < evidence.Count; i++)
        {
            if (evidence[i].IsNearDuplicate)
            {
                continue;
            }

            var source = OutletOf(evidence[i].Article);
            var at = string.GetHashCode(source, StringComparison.OrdinalIgnoreCase) & (size - 1);
            while (table[at] != 0 && !OutletOf(evidence[table[at] - 1].Article).Equals(source, StringComparison.OrdinalIgnoreCase))
            {
                at = (at + 1) & (size - 1);
            }

            if (table[at] == 0)
            {
                table[at] = i + 1;
                distinct++;
            }
        }

        return distinct;
    }

    /// <summary>
    /// The outlet an article counts for: its source without padding, else its address's host without "www.", else
    /// empty. Articles of unknown origin all count as one outlet, so they cannot corroborate each other.
    /// </summary>
    private static ReadOnlySpan<char> OutletOf(ArticleReference article)
    {
        if (!string.IsNullOrWhiteSpace(article.Source))
        {
            return article.Source.AsSpan().Trim();
        }

        if (article.Url is { IsAbsoluteUri: true } url)
        {
            var host = url.IdnHost.AsSpan();
            return host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
        }

        return [];
    }

    /// <summary>The number of distinct values (sorts <paramref name="values"/> in place).</summary>
    private static int Distinct(Span<int> values)
    {
        values.Sort();
        var distinct = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (i == 0 || values[i] != values[i - 1])
            {
                distinct++;
            }
        }

        return distinct;
    }

    private static string Count(int count, string noun, string tail) => string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")} {tail}");
}
