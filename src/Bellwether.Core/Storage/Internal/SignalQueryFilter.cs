namespace Bellwether.Core.Internal;

/// <summary>The meaning of a <see cref="SignalQuery"/> over signals held in memory.</summary>
internal static class SignalQueryFilter
{
    public static bool Matches(SignalQuery query, Signal signal) =>
        signal.Strength.Strength >= query.MinimumStrength
        && (query.Topic is null || signal.Topics.Contains(query.Topic, StringComparer.OrdinalIgnoreCase))
        && (query.Region is null || signal.Regions.Contains(Region(query), StringComparer.OrdinalIgnoreCase))
        && (query.Actor is null || signal.Actors.Contains(query.Actor, StringComparer.OrdinalIgnoreCase))
        && (query.ChangedSince is null || signal.LastReinforcedAt >= query.ChangedSince);

    /// <summary>The code <see cref="SignalQuery.Region"/> names, as <see cref="SignalQuery.Validate"/> reads it (" de " is "DE"); what every store filters on.</summary>
    public static string? Region(SignalQuery query) => RegionCodes.Normalise(query.Region);

    public static IEnumerable<Signal> Order(SignalQuery query, IEnumerable<Signal> signals) => query.OrderBy switch
    {
        SignalOrder.RecentlyReinforced => signals.OrderByDescending(s => s.LastReinforcedAt).ThenBy(s => s.Id, StringComparer.Ordinal),
        _ => signals.OrderByDescending(s => s.Strength.Strength).ThenByDescending(s => s.LastReinforcedAt).ThenBy(s => s.Id, StringComparer.Ordinal),
    };
}
