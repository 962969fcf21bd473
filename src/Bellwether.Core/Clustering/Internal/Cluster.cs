namespace Bellwether.Core.Internal;

/// <summary>One story or signal in a <see cref="ClusterIndex"/>: a truncated centroid, its most recent members and their copy sketches.</summary>
internal sealed class Cluster
{
    private readonly TermVector[] _recent;
    private readonly uint[][] _sketches;
    private int _next;
    private double _norm;
    private long _normDocuments = -1;

    public Cluster(string key, int slot, int recentVectors, int recentSketches, long ticks)
    {
        Key = key;
        Slot = slot;
        _recent = recentVectors == 0 ? [] : new TermVector[recentVectors];
        _sketches = recentSketches == 0 ? [] : new uint[recentSketches][];
        LastTicks = ticks;
    }

    public string Key { get; }

    public int Slot { get; }

    public int Size { get; private set; }

    public long LastTicks { get; private set; }

    /// <summary>Summed sublinear term frequencies of the members, truncated to the strongest terms.</summary>
    public TermVector Centroid { get; private set; } = TermVector.Empty;

    public int RecentCount => Math.Min(Size, _recent.Length);

    public int SketchCount => Math.Min(Size, _sketches.Length);

    public TermVector Recent(int i) => _recent[i];

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

    /// <summary>Adds a member; returns the keys that entered the centroid.</summary>
    public List<uint> Add(TermVector member, uint[] sketch, long ticks, int maxTerms, DocumentFrequencies frequencies)
    {
        Size++;
        LastTicks = Math.Max(LastTicks, ticks);
        Remember(member, sketch);
        return MergeCentroid(member, maxTerms, frequencies);
    }

    /// <summary>Folds another cluster's centroid and recent members into this one; returns the keys that entered the centroid.</summary>
    public List<uint> Absorb(Cluster other, int maxTerms, DocumentFrequencies frequencies)
    {
        for (var i = 0; i < Math.Min(other.Size, Math.Max(other._recent.Length, other._sketches.Length)); i++)
        {
            Remember(i < other._recent.Length ? other._recent[i] : TermVector.Empty, i < other._sketches.Length ? other._sketches[i] : []);
        }

        Size += other.Size;
        LastTicks = Math.Max(LastTicks, other.LastTicks);
        return MergeCentroid(other.Centroid, maxTerms, frequencies);
    }

    private void Remember(TermVector member, uint[] sketch)
    {
        var ring = Math.Max(_recent.Length, _sketches.Length);
        if (ring == 0)
        {
            return;
        }

        if (_recent.Length > 0)
        {
            _recent[_next % _recent.Length] = member;
        }

        if (_sketches.Length > 0)
        {
            _sketches[_next % _sketches.Length] = sketch;
        }

        _next = (_next + 1) % ring;
    }

    private List<uint> MergeCentroid(TermVector add, int maxTerms, DocumentFrequencies frequencies)
    {
        var a = Centroid;
        var keys = new List<uint>(a.Count + add.Count);
        var weights = new List<float>(a.Count + add.Count);
        var entered = new List<uint>();
        int i = 0, j = 0;
        while (i < a.Count || j < add.Count)
        {
            if (j >= add.Count || (i < a.Count && a.Keys[i] < add.Keys[j]))
            {
                keys.Add(a.Keys[i]);
                weights.Add(a.Weights[i++]);
            }
            else if (i >= a.Count || add.Keys[j] < a.Keys[i])
            {
                keys.Add(add.Keys[j]);
                weights.Add(add.Weights[j]);
                entered.Add(add.Keys[j++]);
            }
            else
            {
                keys.Add(a.Keys[i]);
                weights.Add(a.Weights[i++] + add.Weights[j++]);
            }
        }

        // Truncate with some slack so the sort runs once per few merges, not on every one.
        if (keys.Count > maxTerms + (maxTerms / 4))
        {
            var strength = new float[keys.Count];
            for (var k = 0; k < strength.Length; k++)
            {
                strength[k] = weights[k] * frequencies.Idf(keys[k]);
            }

            var sorted = (float[])strength.Clone();
            Array.Sort(sorted);
            var floor = sorted[^maxTerms];
            var kept = new List<int>(maxTerms);
            for (var k = 0; k < strength.Length && kept.Count < maxTerms; k++)
            {
                if (strength[k] > floor)
                {
                    kept.Add(k);
                }
            }

            for (var k = 0; k < strength.Length && kept.Count < maxTerms; k++)
            {
                if (strength[k] == floor)
                {
                    kept.Add(k);
                }
            }

            kept.Sort();
            Centroid = new TermVector([.. kept.Select(k => keys[k])], [.. kept.Select(k => weights[k])]);
            entered.RemoveAll(k => Centroid.WeightOf(k) == 0);
        }
        else
        {
            Centroid = new TermVector([.. keys], [.. weights]);
        }

        _normDocuments = -1;
        return entered;
    }
}
