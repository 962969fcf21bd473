using System.Text.Json;

namespace Bellwether.Core;

/// <summary>
/// A signal as every store's JSON columns hold it: compact JSON of the library's own schema, so that a store written
/// outside this library reads and writes the same text as the built-in ones. A store keeps a signal's body without its
/// evidence (<see cref="SerializeBody"/>) and each evidence entry apart (<see cref="SerializeEvidence"/>), and on an
/// update writes only the entries after <see cref="KeptEvidence"/>.
/// </summary>
public static class StoredSignalJson
{
    private static readonly BellwetherJsonContext Context = new(new JsonSerializerOptions(BellwetherJsonContext.Default.Options) { WriteIndented = false });

    /// <summary>The signal without its evidence (stored as an empty list): the body a store keeps.</summary>
    /// <param name="signal">The signal to store.</param>
    public static string SerializeBody(Signal signal)
    {
        ArgumentNullException.ThrowIfNull(signal);
        return Serialize(signal with { Evidence = [] });
    }

    /// <summary>One evidence entry, as a store keeps it.</summary>
    /// <param name="evidence">The entry to store.</param>
    public static string SerializeEvidence(ArticleEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return JsonSerializer.Serialize(evidence, Context.ArticleEvidence);
    }

    /// <summary>A signal from its stored body and its evidence entries joined, in order, as one JSON array.</summary>
    /// <param name="body">The body <see cref="SerializeBody"/> wrote.</param>
    /// <param name="evidence">A JSON array of the entries <see cref="SerializeEvidence"/> wrote, in order.</param>
    /// <returns>The signal, with the version its body holds: a store that keeps the version apart sets it with <c>with</c>.</returns>
    /// <exception cref="JsonException">The text is not a stored signal.</exception>
    public static Signal Deserialize(string body, string evidence)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(evidence);
        return Deserialize(body) with { Evidence = JsonSerializer.Deserialize(evidence, Context.IReadOnlyListArticleEvidence) ?? throw new JsonException("Stored evidence is null.") };
    }

    /// <summary>
    /// How many leading entries of <paramref name="stored"/> <paramref name="updated"/> keeps unchanged at the same
    /// positions: the rows a write leaves alone (it deletes the stored rows after them and inserts the updated entries after them).
    /// </summary>
    /// <param name="stored">The evidence of the stored version.</param>
    /// <param name="updated">The evidence of the version to write.</param>
    public static int KeptEvidence(IReadOnlyList<ArticleEvidence> stored, IReadOnlyList<ArticleEvidence> updated)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(updated);
        var kept = 0;
        var count = Math.Min(stored.Count, updated.Count);
        while (kept < count && Same(stored[kept], updated[kept]))
        {
            kept++;
        }

        return kept;
    }

    /// <summary>The whole signal, evidence inside: how the earliest schemas kept it (their upgrade tests write it).</summary>
    internal static string Serialize(Signal signal) => JsonSerializer.Serialize(signal, Context.Signal);

    private static Signal Deserialize(string json) =>
        JsonSerializer.Deserialize(json, Context.Signal) ?? throw new JsonException("A stored signal is null.");

    // A reinforcement or merge returns the stored entries themselves; a rebuilt entry is the same when it stores the same.
    private static bool Same(ArticleEvidence stored, ArticleEvidence updated) =>
        ReferenceEquals(stored, updated) || string.Equals(SerializeEvidence(stored), SerializeEvidence(updated), StringComparison.Ordinal);
}
