namespace Bellwether.Core.Internal;

/// <summary>
/// The tags of a signal that its evidence corroborates: named by at least a third of the evidence articles that recorded
/// what they named, most named first, ties in the order first named.
/// </summary>
internal static class CorroboratedTags
{
    /// <summary>
    /// The entries of <paramref name="tags"/> (a signal's union of one kind of tag) that at least a third of the
    /// <paramref name="evidence"/> names; <paramref name="tags"/> itself when no evidence recorded any tag.
    /// </summary>
    /// <param name="tags">The signal's list, in the order first named.</param>
    /// <param name="evidence">The signal's evidence.</param>
    /// <param name="named">The tags of that kind one piece of evidence names.</param>
    public static IReadOnlyList<T> Of<T>(IReadOnlyList<T> tags, IReadOnlyList<ArticleEvidence> evidence, Func<ArticleEvidence, IReadOnlyList<T>> named)
    {
        if (tags.Count == 0)
        {
            return tags;
        }

        // Evidence that names nothing at all (a bare headline without names, or evidence stored before evidence kept its
        // tags) neither supports nor dilutes a tag.
        var recording = evidence.Where(e => e.Actors.Count + e.Topics.Count + e.Regions.Count + e.Domains.Count > 0)
            .DistinctBy(e => e.Article.Id, StringComparer.Ordinal)
            .ToList();
        if (recording.Count == 0)
        {
            return tags;
        }

        var counts = new int[tags.Count];
        foreach (var item in recording)
        {
            var own = named(item);
            for (var i = 0; i < tags.Count; i++)
            {
                counts[i] += own.Contains(tags[i]) ? 1 : 0;
            }
        }

        return [.. Enumerable.Range(0, tags.Count)
            .Where(i => 3 * counts[i] >= recording.Count && counts[i] > 0)
            .OrderByDescending(i => counts[i])
            .ThenBy(i => i)
            .Select(i => tags[i])];
    }
}
