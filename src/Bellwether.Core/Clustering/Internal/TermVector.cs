namespace Bellwether.Core.Internal;

/// <summary>A sparse vector of hashed terms with sublinear term frequencies, keys sorted ascending.</summary>
internal sealed class TermVector
{
    public TermVector(uint[] keys, float[] weights)
    {
        Keys = keys;
        Weights = weights;
    }

    public static TermVector Empty { get; } = new([], []);

    public uint[] Keys { get; }

    public float[] Weights { get; }

    public int Count => Keys.Length;

    public static TermVector FromCounts(Dictionary<uint, float> counts)
    {
        var keys = new uint[counts.Count];
        var weights = new float[counts.Count];
        var i = 0;
        foreach (var (key, count) in counts)
        {
            keys[i] = key;
            weights[i++] = count >= 1 ? 1 + MathF.Log(count) : count;
        }

        Array.Sort(keys, weights);
        return new TermVector(keys, weights);
    }

    /// <summary>The cosine of the two vectors with every term weighted by its inverse document frequency.</summary>
    public static double Cosine(TermVector a, TermVector b, DocumentFrequencies frequencies)
    {
        double dot = 0, na = 0, nb = 0;
        int i = 0, j = 0;
        while (i < a.Keys.Length && j < b.Keys.Length)
        {
            var ka = a.Keys[i];
            var kb = b.Keys[j];
            if (ka == kb)
            {
                var idf = frequencies.Idf(ka);
                dot += a.Weights[i] * b.Weights[j] * idf * idf;
                i++;
                j++;
            }
            else if (ka < kb)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        if (dot == 0)
        {
            return 0;
        }

        na = a.Norm(frequencies);
        nb = b.Norm(frequencies);
        return dot / (na * nb);
    }

    public double Norm(DocumentFrequencies frequencies)
    {
        double sum = 0;
        for (var i = 0; i < Keys.Length; i++)
        {
            var w = Weights[i] * frequencies.Idf(Keys[i]);
            sum += w * w;
        }

        return Math.Sqrt(sum);
    }

    public float WeightOf(uint key)
    {
        var at = Array.BinarySearch(Keys, key);
        return at >= 0 ? Weights[at] : 0;
    }

    /// <summary>True when <paramref name="key"/> has no weight in this vector.</summary>
    public bool Lacks(uint key) => WeightOf(key) == 0;
}
