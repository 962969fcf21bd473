using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bellwether.Core.Internal;

/// <summary>
/// The matcher's record of one article, saved with its evidence as <see cref="SignalChangeSet.MatchRecord"/>: the
/// features it read of the whole article (raw term counts of the headline and body, copy sketch, tags, section,
/// meaning) and, in the order the matcher observed them, the signals the article went to with the tags each vector was
/// built with. Replayed in arrival order, records rebuild the index exactly as the live run left it.
/// </summary>
internal sealed record ArticlePlacement
{
    /// <summary>The format this build writes; a record of a later format is ignored (the evidence stands in for it).</summary>
    public const int CurrentFormat = 1;

    public int Format { get; init; } = CurrentFormat;

    /// <summary>True when the article was a bare headline (its words: the title and its address's).</summary>
    public bool TitleOnly { get; init; }

    /// <summary>The normalised section, or null.</summary>
    public string? Section { get; init; }

    /// <summary>The raw term counts of the headline and the words read with it (<see cref="TextFeatures.Counts"/>), packed.</summary>
    public string Counts { get; init; } = string.Empty;

    /// <summary>The article's copy sketch, packed.</summary>
    public string Sketch { get; init; } = string.Empty;

    /// <summary>The tags of the article's first candidate (its story vector's, for a bare headline).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The article's unit embedding, packed, when a generator made one.</summary>
    public string? Meaning { get; init; }

    /// <summary>The signals the article's evidence went to, in the order the matcher observed them.</summary>
    public IReadOnlyList<PlacedSignal> Signals { get; init; } = [];

    /// <summary>Each candidate as the matcher matched it: its tags and the time it matched at (searches warm the index's cached norms, so a replay repeats them).</summary>
    public IReadOnlyList<MatchedCandidate> Candidates { get; init; } = [];

    /// <summary>True when the pipeline looked for converged signals among those the article reinforced (a compactor is registered).</summary>
    public bool Compacts { get; init; }

    /// <summary>Signal merges (compaction) the matcher observed after the previous record and before this article, in order.</summary>
    public IReadOnlyList<ObservedMerge> Merges { get; init; } = [];

    public string ToJson() => JsonSerializer.Serialize(this, ArticlePlacementJson.Default.ArticlePlacement);

    /// <summary>The record in <paramref name="data"/>, or null when it is unreadable or of a later format.</summary>
    public static ArticlePlacement? FromJson(string data)
    {
        try
        {
            return JsonSerializer.Deserialize(data, ArticlePlacementJson.Default.ArticlePlacement) is { Format: <= CurrentFormat } placement ? placement : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string Pack(Dictionary<uint, float> counts)
    {
        var keys = counts.Keys.Order().ToArray();
        var bytes = new byte[keys.Length * 8];
        var span = MemoryMarshal.Cast<byte, uint>(bytes.AsSpan(0, keys.Length * 4));
        var weights = MemoryMarshal.Cast<byte, float>(bytes.AsSpan(keys.Length * 4));
        for (var i = 0; i < keys.Length; i++)
        {
            span[i] = keys[i];
            weights[i] = counts[keys[i]];
        }

        return Convert.ToBase64String(bytes);
    }

    public static Dictionary<uint, float> UnpackCounts(string packed)
    {
        var bytes = Convert.FromBase64String(packed);
        var n = bytes.Length / 8;
        var keys = MemoryMarshal.Cast<byte, uint>(bytes.AsSpan(0, n * 4));
        var weights = MemoryMarshal.Cast<byte, float>(bytes.AsSpan(n * 4, n * 4));
        var counts = new Dictionary<uint, float>(n);
        for (var i = 0; i < n; i++)
        {
            counts[keys[i]] = weights[i];
        }

        return counts;
    }

    public static string Pack<T>(T[] values)
        where T : unmanaged => Convert.ToBase64String(MemoryMarshal.AsBytes(values.AsSpan()));

    public static T[] Unpack<T>(string packed)
        where T : unmanaged => MemoryMarshal.Cast<byte, T>(Convert.FromBase64String(packed)).ToArray();
}

/// <summary>One signal an article's evidence went to, and the tags the matcher built its signal-level vector with.</summary>
/// <param name="Id">The signal.</param>
/// <param name="Tags">The tags of the entry's vector.</param>
/// <param name="IsNew">True when the article started it.</param>
internal sealed record PlacedSignal(string Id, IReadOnlyList<string> Tags, bool IsNew);

/// <summary>One candidate of an article as the matcher matched it.</summary>
/// <param name="Tags">Its actors, topics and regions (the first few of each).</param>
/// <param name="Ticks">The time it was matched at (UTC ticks).</param>
internal sealed record MatchedCandidate(IReadOnlyList<string> Tags, long Ticks);

/// <summary>A compaction the matcher observed: the absorbed signal left, and its entries joined the survivor.</summary>
/// <param name="Survivor">The signal that remained.</param>
/// <param name="Absorbed">The signal folded into it.</param>
/// <param name="Articles">The articles whose entries the survivor gained, in its evidence order.</param>
/// <param name="Tags">The survivor's tags after the merge, which the gained entries' vectors were built with.</param>
internal sealed record ObservedMerge(string Survivor, string Absorbed, IReadOnlyList<string> Articles, IReadOnlyList<string> Tags);

/// <summary>Source-generated JSON for <see cref="ArticlePlacement"/>.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ArticlePlacement))]
internal sealed partial class ArticlePlacementJson : JsonSerializerContext;
