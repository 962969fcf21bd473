using System.Globalization;
using Microsoft.Extensions.Options;

namespace Bellwether.Core.Internal;

/// <summary>
/// First scorer: 1 + independent sources + repeated extraction + recency, capped for a single source.
/// The clustering and scoring core refines the components.
/// </summary>
internal sealed class EvidenceSignalScorer(IOptions<BellwetherOptions> options) : ISignalScorer
{
    public StrengthBreakdown Score(Signal signal, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(signal);
        var settings = options.Value;
        var sources = signal.Evidence
            .Where(e => !e.IsNearDuplicate)
            .Select(e => e.Article.Source ?? e.Article.Id)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Count();
        var ageDays = Math.Max(0, (now - signal.LastReinforcedAt).TotalDays);
        var halfLifeDays = settings.StrengthHalfLife.TotalDays;

        StrengthComponent[] components =
        [
            new("independent sources", sources, 3 * Math.Log2(1 + sources), Plural(sources, "independent source")),
            new("extractions", signal.ExtractionCount, 1.5 * Math.Log2(Math.Max(1, signal.ExtractionCount)), $"extracted {signal.ExtractionCount.ToString(CultureInfo.InvariantCulture)}×"),
            new("recency", ageDays, 2 * Math.Pow(0.5, ageDays / halfLifeDays), $"last reinforced {ageDays.ToString("0.#", CultureInfo.InvariantCulture)} days ago"),
        ];

        var raw = 1 + components.Sum(c => c.Points);
        var strength = Math.Clamp((int)Math.Round(raw, MidpointRounding.AwayFromZero), StrengthBreakdown.Min, StrengthBreakdown.Max);
        string? capped = null;
        if (sources <= 1 && strength > settings.SingleSourceCeiling)
        {
            strength = settings.SingleSourceCeiling;
            capped = $"a single source cannot score above {settings.SingleSourceCeiling.ToString(CultureInfo.InvariantCulture)}";
        }

        return new StrengthBreakdown { Strength = strength, RawScore = raw, Components = components, CappedBecause = capped, ComputedAt = now };
    }

    private static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
