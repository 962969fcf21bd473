namespace Bellwether.Core.Internal;

/// <summary>
/// Document frequencies of single stems learnt as the stream goes, and the smoothed inverse document frequency they
/// give. Stem pairs are nearly all rare, so they are not counted (which keeps memory per document bounded) and get the
/// weight of a stem seen once.
/// </summary>
internal sealed class DocumentFrequencies
{
    private readonly Dictionary<uint, int> _counts = [];

    public long Documents { get; private set; }

    public void Add(TermVector document)
    {
        Documents++;
        foreach (var key in document.Keys)
        {
            if (!TextFeatures.IsPair(key))
            {
                _counts[key] = _counts.GetValueOrDefault(key) + 1;
            }
        }
    }

    public int Count(uint key) => TextFeatures.IsPair(key) ? 1 : _counts.GetValueOrDefault(key);

    /// <summary>ln((N + 1) / (df + 1)) + 1: never zero, highest for terms not seen yet.</summary>
    public float Idf(uint key) => MathF.Log((Documents + 1f) / (Count(key) + 1f)) + 1f;
}
