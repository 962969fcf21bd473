using System.Text.Json;
using Bellwether.Core;
using Bellwether.Sample.Input;

namespace Bellwether.Sample.Evaluation;

/// <summary>A labelled JSONL file: its articles in file order and each id's gold group (the <c>cluster</c> field, read only to score).</summary>
internal sealed record LabelledSet(string Name, IReadOnlyList<InputRecord> Records, IReadOnlyDictionary<string, string> Gold)
{
    /// <summary>The records that could be read as articles, in file order.</summary>
    public IReadOnlyList<Article> Articles { get; } = [.. Records.Select(r => r.Article).OfType<Article>()];

    /// <summary>
    /// Reads <paramref name="path"/>; a JSON line without an id or a <c>cluster</c> label is an error naming the line. A
    /// line that is not JSON is left out of the labels (the article reader reports it as skipped).
    /// </summary>
    public static async Task<LabelledSet> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var gold = new Dictionary<string, string>(StringComparer.Ordinal);
        var number = 0;
        await foreach (var line in File.ReadLinesAsync(path, cancellationToken))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var document = TryParse(line);
            if (document is null)
            {
                continue; // not JSON: the article reader reports the line as skipped, and it has no label to score
            }

            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("id", out var id) || !root.TryGetProperty("cluster", out var cluster))
            {
                throw new InvalidDataException($"{path}:{number}: a labelled line needs an 'id' and a 'cluster'.");
            }

            gold.TryAdd(Text(id), Text(cluster));
        }

        var records = new List<InputRecord>();
        await foreach (var record in ArticleLoader.ReadAsync([path], cancellationToken))
        {
            records.Add(record);
        }

        return new LabelledSet(Path.GetFileNameWithoutExtension(path), records, gold);
    }

    /// <summary>
    /// The same records in another order, drawn from <paramref name="seed"/>: shuffled, then (when any article has a
    /// publication time) put back in time order, so that a dated stream stays a stream and only articles of equal times
    /// change places. Named after the set and the seed.
    /// </summary>
    public LabelledSet InOrder(int seed)
    {
        var shuffled = Records.ToArray();
        new Random(seed).Shuffle(shuffled);
        IEnumerable<InputRecord> ordered = shuffled.Any(r => r.Article?.PublishedAt is not null)
            ? shuffled.OrderBy(r => r.Article?.PublishedAt ?? DateTimeOffset.MinValue)
            : shuffled;
        return new LabelledSet($"{Name} (order {seed})", [.. ordered], Gold);
    }

    /// <summary>Scores one label per distinct article id against the gold groups; ids without a gold label are left out.</summary>
    public ClusteringScore Score(IEnumerable<(string ArticleId, string Group)> predicted)
    {
        var scored = predicted.Where(p => Gold.ContainsKey(p.ArticleId)).ToList();
        return ClusteringScore.Compute([.. scored.Select(p => Gold[p.ArticleId])], [.. scored.Select(p => p.Group)]);
    }

    private static JsonDocument? TryParse(string line)
    {
        try
        {
            return JsonDocument.Parse(line);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
}
