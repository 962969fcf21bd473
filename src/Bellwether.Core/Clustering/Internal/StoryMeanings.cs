namespace Bellwether.Core.Internal;

/// <summary>
/// The summed unit embeddings of each story's articles, for stories that have any: only articles read live have one
/// (the store keeps no embedding, so a story rebuilt from the store has none until a new article joins it).
/// Not thread-safe: the owner serialises access.
/// </summary>
internal sealed class StoryMeanings
{
    private readonly Dictionary<Cluster, float[]> _sums = [];

    /// <summary>A copy of <paramref name="vector"/> scaled to unit length (all zeros stay zeros).</summary>
    public static float[] Unit(ReadOnlySpan<float> vector)
    {
        var unit = vector.ToArray();
        var norm = Math.Sqrt(Dot(unit, unit));
        if (norm > 0)
        {
            for (var i = 0; i < unit.Length; i++)
            {
                unit[i] = (float)(unit[i] / norm);
            }
        }

        return unit;
    }

    public void Add(Cluster story, float[] meaning)
    {
        if (!_sums.TryGetValue(story, out var sum))
        {
            _sums[story] = (float[])meaning.Clone();
            return;
        }

        if (sum.Length == meaning.Length)
        {
            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] += meaning[i];
            }
        }
    }

    public void Merge(Cluster survivor, Cluster absorbed)
    {
        if (_sums.Remove(absorbed, out var sum))
        {
            Add(survivor, sum);
        }
    }

    /// <summary>Drops the story's meaning (it left the index).</summary>
    public void Remove(Cluster story) => _sums.Remove(story);

    /// <summary>The cosine of a unit <paramref name="meaning"/> with the story's mean meaning, or 0 when the story has none.</summary>
    public double Similarity(Cluster story, float[] meaning)
    {
        if (!_sums.TryGetValue(story, out var sum) || sum.Length != meaning.Length)
        {
            return 0;
        }

        var norm = Math.Sqrt(Dot(sum, sum));
        return norm == 0 ? 0 : Dot(sum, meaning) / norm;
    }

    /// <summary>Writes each story's summed meaning to a checkpoint, the story named by its slot.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(_sums.Count);
        foreach (var (story, sum) in _sums)
        {
            writer.Write(story.Slot);
            writer.WriteArray<float>(sum);
        }
    }

    /// <summary>The meanings <see cref="Write"/> wrote, each story found by its slot in <paramref name="stories"/>.</summary>
    public static StoryMeanings Read(BinaryReader reader, Func<int, Cluster> stories)
    {
        var meanings = new StoryMeanings();
        for (var n = reader.ReadCount(); n > 0; n--)
        {
            var story = stories(reader.ReadInt32());
            meanings._sums[story] = reader.ReadArray<float>();
        }

        return meanings;
    }

    private static double Dot(float[] a, float[] b)
    {
        double dot = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
        }

        return dot;
    }
}
