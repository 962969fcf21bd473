namespace Bellwether.Core.Internal;

/// <summary>The first actors, topics and regions of a signal (or candidate): the tags its signal-level vectors are built with.</summary>
/// <param name="Actors">The first actors.</param>
/// <param name="Topics">The first topics.</param>
/// <param name="Regions">The first regions.</param>
/// <param name="Version">The stored version they were read from (0 for a candidate).</param>
internal sealed record SignalTags(IReadOnlyList<string> Actors, IReadOnlyList<string> Topics, IReadOnlyList<string> Regions, long Version)
{
    public static SignalTags Empty { get; } = new([], [], [], 0);

    /// <summary>All of them in one list (actors, topics, regions), as the matcher's vectors read them.</summary>
    public IReadOnlyList<string> All => Actors.Count + Topics.Count + Regions.Count == 0 ? [] : [.. Actors, .. Topics, .. Regions];

    public static SignalTags Of(Signal signal, int max) =>
        new([.. signal.Actors.Take(max)], [.. signal.Topics.Take(max)], [.. signal.Regions.Take(max)], signal.Version);

    public static SignalTags Of(SignalCandidate candidate, int max) =>
        new([.. candidate.Actors.Take(max)], [.. candidate.Topics.Take(max)], [.. candidate.Regions.Take(max)], 0);

    /// <summary>
    /// The tags after <paramref name="candidate"/> reinforces the signal: the union <see cref="SignalMerger.Reinforce"/>
    /// takes (the signal's entries, then the candidate's new ones in order), first <paramref name="max"/> of each. The
    /// first entries of a union depend only on the first entries of the signal's list, so these tags are enough.
    /// </summary>
    public SignalTags Reinforced(SignalCandidate candidate, int max) =>
        new(Union(Actors, candidate.Actors, max), Union(Topics, candidate.Topics, max), Union(Regions, candidate.Regions, max), Version + 1);

    private static string[] Union(IReadOnlyList<string> first, IReadOnlyList<string> second, int max)
    {
        var union = new List<string>(first);
        foreach (var item in second)
        {
            if (union.Count >= max)
            {
                break;
            }

            if (!union.Contains(item, StringComparer.Ordinal))
            {
                union.Add(item);
            }
        }

        return [.. union.Take(max)];
    }
}
