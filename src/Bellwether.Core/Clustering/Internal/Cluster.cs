namespace Bellwether.Core.Internal;

/// <summary>One story or signal in a <see cref="ClusterIndex"/>: a truncated centroid and its most recent members' copy sketches.</summary>
internal sealed class Cluster
{
    private readonly uint[][] _sketches;
    private int _next;
    private double _norm;
    private long _normDocuments = -1;

    public Cluster(string key, int slot, int recentSketches, long ticks)
    {
        Key = key;
        Slot = slot;
        _sketches = recentSketches == 0 ? [] : new uint[recentSketches][];
        FirstTicks = ticks;
        LastTicks = ticks;
    }

    public string Key { get; }

    public int Slot { get; }

    public int Size { get; private set; }

    /// <summary>The earliest publication time among the members.</summary>
    public long FirstTicks { get; private set; }

    /// <summary>The latest publication time among the members.</summary>
    public long LastTicks { get; private set; }

    /// <summary>
    /// How far <paramref name="ticks"/> lies outside the members' time span: 0 inside it. An article published among
    /// the members (a late arrival, or another worker's older article) is as close in time as the members are.
    /// </summary>
    public long GapTo(long ticks) => ticks > LastTicks ? ticks - LastTicks : ticks < FirstTicks ? FirstTicks - ticks : 0;

    /// <summary>How far apart the two clusters' time spans lie: 0 when they overlap.</summary>
    public long GapTo(Cluster other) => Math.Max(0, Math.Max(FirstTicks, other.FirstTicks) - Math.Min(LastTicks, other.LastTicks));

    /// <summary>The age gap after which this cluster's similarity halves, when it differs from its level's (a signal's horizon); else 0.</summary>
    public long HalfLifeTicks { get; set; }

    /// <summary>Summed sublinear term frequencies of the members, truncated to the strongest terms.</summary>
    public TermVector Centroid
    {
        get;
        private set
        {
            field = value;
            CentroidKeys = value.Keys;
            CentroidWeights = value.Weights;
        }
    } = TermVector.Empty;

    /// <summary>The centroid's keys, held here as well so that similarity reads them without a hop through <see cref="Centroid"/> (one cache miss fewer per cluster compared).</summary>
    public uint[] CentroidKeys { get; private set; } = [];

    /// <summary>The centroid's weights, held here for the same reason as <see cref="CentroidKeys"/>.</summary>
    public float[] CentroidWeights { get; private set; } = [];

    public int SketchCount => Math.Min(Size, _sketches.Length);

    public uint[] RecentSketch(int i) => _sketches[i];

    public double CentroidNorm(DocumentFrequencies frequencies)
    {
        // IDF drifts slowly: refresh the cached norm after the corpus grew by a tenth.
        if (_normDocuments < 0 || frequencies.Documents > _normDocuments + (_normDocuments / 10) + 1)
        {
            _norm = Centroid.Norm(frequencies);
            _normDocuments = frequencies.Documents;
        }

        return _norm;
    }

    /// <summary>Writes the cluster to a checkpoint (its slot is the reader's to know).</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(Key);
        writer.Write(Size);
        writer.Write(FirstTicks);
        writer.Write(LastTicks);
        writer.Write(HalfLifeTicks);
        writer.WriteArray<uint>(CentroidKeys);
        writer.WriteArray<float>(CentroidWeights);
        writer.Write(_norm);
        writer.Write(_normDocuments);
        writer.Write(_next);
        writer.Write(_sketches.Length);
        foreach (var sketch in _sketches)
        {
            writer.Write(sketch is not null);
            if (sketch is not null)
            {
                writer.WriteArray<uint>(sketch);
            }
        }
    }

    /// <summary>The cluster <see cref="Write"/> wrote, at <paramref name="slot"/>.</summary>
    public static Cluster Read(BinaryReader reader, int slot)
    {
        var key = reader.ReadString();
        var size = reader.ReadInt32();
        var firstTicks = reader.ReadInt64();
        var lastTicks = reader.ReadInt64();
        var halfLife = reader.ReadInt64();
        var centroid = new TermVector(reader.ReadArray<uint>(), reader.ReadArray<float>());
        var norm = reader.ReadDouble();
        var normDocuments = reader.ReadInt64();
        var next = reader.ReadInt32();
        var cluster = new Cluster(key, slot, reader.ReadCount(), lastTicks)
        {
            FirstTicks = firstTicks,
            HalfLifeTicks = halfLife,
            Size = size,
            Centroid = centroid,
            _norm = norm,
            _normDocuments = normDocuments,
            _next = next,
        };
        for (var i = 0; i < cluster._sketches.Length; i++)
        {
            cluster._sketches[i] = reader.ReadBoolean() ? reader.ReadArray<uint>() : null!;
        }

        return centroid.Count == centroid.Weights.Length && (uint)next <= (uint)cluster._sketches.Length
            ? cluster
            : throw new InvalidDataException($"The checkpoint's cluster '{key}' is malformed.");
    }

    /// <summary>Adds a member; fills <paramref name="entered"/> with the keys that entered the centroid.</summary>
    public void Add(TermVector member, uint[] sketch, long ticks, int maxTerms, DocumentFrequencies frequencies, List<uint> entered)
    {
        Size++;
        FirstTicks = Math.Min(FirstTicks, ticks);
        LastTicks = Math.Max(LastTicks, ticks);
        Remember(sketch);
        MergeCentroid(member, maxTerms, frequencies, entered);
    }

    /// <summary>Folds another cluster's centroid and recent sketches into this one; fills <paramref name="entered"/> with the keys that entered the centroid.</summary>
    public void Absorb(Cluster other, int maxTerms, DocumentFrequencies frequencies, List<uint> entered)
    {
        for (var i = 0; i < Math.Min(other.Size, other._sketches.Length); i++)
        {
            Remember(other._sketches[i]);
        }

        Size += other.Size;
        FirstTicks = Math.Min(FirstTicks, other.FirstTicks);
        LastTicks = Math.Max(LastTicks, other.LastTicks);
        MergeCentroid(other.Centroid, maxTerms, frequencies, entered);
    }

    private void Remember(uint[] sketch)
    {
        if (_sketches.Length == 0)
        {
            return;
        }

        _sketches[_next] = sketch;
        _next = (_next + 1) % _sketches.Length;
    }

    private void MergeCentroid(TermVector add, int maxTerms, DocumentFrequencies frequencies, List<uint> entered)
    {
        var a = Centroid;
        entered.Clear();
        var keys = new uint[UnionCount(a.Keys, add.Keys)];
        var weights = new float[keys.Length];
        int i = 0, j = 0, n = 0;
        while (i < a.Count || j < add.Count)
        {
            if (j >= add.Count || (i < a.Count && a.Keys[i] < add.Keys[j]))
            {
                keys[n] = a.Keys[i];
                weights[n++] = a.Weights[i++];
            }
            else if (i >= a.Count || add.Keys[j] < a.Keys[i])
            {
                keys[n] = add.Keys[j];
                weights[n++] = add.Weights[j];
                entered.Add(add.Keys[j++]);
            }
            else
            {
                keys[n] = a.Keys[i];
                weights[n++] = a.Weights[i++] + add.Weights[j++];
            }
        }

        // Truncate with some slack so that it runs once per few merges, not on every one.
        Centroid = keys.Length > maxTerms + (maxTerms / 4) ? Strongest(keys, weights, maxTerms, frequencies) : new TermVector(keys, weights);
        if (Centroid.Count < keys.Length)
        {
            entered.RemoveAll(Centroid.Lacks);
        }

        _normDocuments = -1;
    }

    /// <summary>The number of distinct keys in two ascending key arrays.</summary>
    private static int UnionCount(uint[] a, uint[] b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] < b[j])
            {
                i++;
            }
            else if (b[j] < a[i])
            {
                j++;
            }
            else
            {
                shared++;
                i++;
                j++;
            }
        }

        return a.Length + b.Length - shared;
    }

    /// <summary>
    /// The <paramref name="maxTerms"/> terms of highest TF-IDF, in key order: every term above the
    /// <paramref name="maxTerms"/>-th highest weight, then the terms tying it in key order until the count is reached.
    /// </summary>
    private static TermVector Strongest(uint[] keys, float[] weights, int maxTerms, DocumentFrequencies frequencies)
    {
        const int StackLimit = 256;
        var n = keys.Length;
        Span<float> strength = n <= StackLimit ? stackalloc float[n] : new float[n];
        Span<float> sorted = n <= StackLimit ? stackalloc float[n] : new float[n];
        Span<bool> kept = n <= StackLimit ? stackalloc bool[n] : new bool[n];
        for (var k = 0; k < n; k++)
        {
            strength[k] = weights[k] * frequencies.Idf(keys[k]);
        }

        strength.CopyTo(sorted);
        sorted.Sort();
        var floor = sorted[^maxTerms];
        var count = 0;
        for (var k = 0; k < n && count < maxTerms; k++)
        {
            if (strength[k] > floor)
            {
                kept[k] = true;
                count++;
            }
        }

        for (var k = 0; k < n && count < maxTerms; k++)
        {
            if (strength[k] == floor)
            {
                kept[k] = true;
                count++;
            }
        }

        var keptKeys = new uint[count];
        var keptWeights = new float[count];
        var at = 0;
        for (var k = 0; k < n; k++)
        {
            if (kept[k])
            {
                keptKeys[at] = keys[k];
                keptWeights[at++] = weights[k];
            }
        }

        return new TermVector(keptKeys, keptWeights);
    }
}
