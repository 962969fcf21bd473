using System.Text.Json;

namespace Bellwether.Core.Internal;

/// <summary>
/// A signal as a store's JSON columns hold it: compact, through the source-generated context. Stores that keep the
/// evidence as rows of its own store the body without it (<see cref="SerializeBody"/>) and each entry apart
/// (<see cref="SerializeEvidence"/>), and write only the entries after <see cref="KeptEvidence"/>.
/// </summary>
internal static class StoredSignalJson
{
    private static readonly BellwetherJsonContext Context = new(new JsonSerializerOptions(BellwetherJsonContext.Default.Options) { WriteIndented = false });

    public static string Serialize(Signal signal) => JsonSerializer.Serialize(signal, Context.Signal);

    public static Signal Deserialize(string json) =>
        JsonSerializer.Deserialize(json, Context.Signal) ?? throw new JsonException("A stored signal is null.");

    /// <summary>A signal from its body without evidence and its evidence entries as one JSON array, in order.</summary>
    public static Signal Deserialize(string body, string evidence) =>
        Deserialize(body) with { Evidence = JsonSerializer.Deserialize(evidence, Context.IReadOnlyListArticleEvidence) ?? throw new JsonException("Stored evidence is null.") };

    /// <summary>The signal without its evidence (an empty list).</summary>
    public static string SerializeBody(Signal signal) => Serialize(signal with { Evidence = [] });

    /// <summary>One evidence entry.</summary>
    public static string SerializeEvidence(ArticleEvidence evidence) => JsonSerializer.Serialize(evidence, Context.ArticleEvidence);

    /// <summary>
    /// How many leading entries of <paramref name="stored"/> <paramref name="updated"/> keeps unchanged at the same
    /// positions: the rows a write leaves alone (it deletes the stored rows after them and inserts the updated entries after them).
    /// </summary>
    public static int KeptEvidence(IReadOnlyList<ArticleEvidence> stored, IReadOnlyList<ArticleEvidence> updated)
    {
        var kept = 0;
        var count = Math.Min(stored.Count, updated.Count);
        while (kept < count && Same(stored[kept], updated[kept]))
        {
            kept++;
        }

        return kept;
    }

    // A reinforcement or merge returns the stored entries themselves; a rebuilt entry is the same when it stores the same.
    private static bool Same(ArticleEvidence stored, ArticleEvidence updated) =>
        ReferenceEquals(stored, updated) || string.Equals(SerializeEvidence(stored), SerializeEvidence(updated), StringComparison.Ordinal);
}
