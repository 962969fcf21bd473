namespace Bellwether.Core.Internal;

/// <summary>Document frequencies learnt as the stream goes, and the smoothed inverse document frequency they give.</summary>
internal sealed class DocumentFrequencies
{
    private readonly Dictionary<uint, int> _counts = [];

    public long Documents { get; private set; }

    public int Terms => _counts.Count;

    public void Add(TermVector document)
    {
        Documents++;
        foreach (var key in document.Keys)
        {
            _counts[key] = _counts.GetValueOrDefault(key) + 1;
        }
    }

    public int Count(uint key) => _counts.GetValueOrDefault(key);

    /// <summary>ln((N + 1) / (df + 1)) + 1: never zero, highest for terms not seen yet.</summary>
    public float Idf(uint key) => MathF.Log((Documents + 1f) / (_counts.GetValueOrDefault(key) + 1f)) + 1f;
}
