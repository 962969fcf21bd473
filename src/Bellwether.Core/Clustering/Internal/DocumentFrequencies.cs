using System.Runtime.CompilerServices;

namespace Bellwether.Core.Internal;

/// <summary>
/// Document frequencies of single stems learnt as the stream goes, and the smoothed inverse document frequency they
/// give. Stem pairs are nearly all rare, so they are not counted (which keeps memory per document bounded) and get the
/// weight of a stem seen once.
/// </summary>
internal sealed class DocumentFrequencies
{
    private readonly StemTable<int> _counts = new();

    public long Documents { get; private set; }

    public void Add(TermVector document)
    {
        Documents++;
        foreach (var key in document.Keys)
        {
            if (!TextFeatures.IsPair(key))
            {
                _counts.GetOrAdd(key)++;
            }
        }
    }

    public int Count(uint key)
    {
        if (TextFeatures.IsPair(key))
        {
            return 1;
        }

        ref var count = ref _counts.Find(key);
        return Unsafe.IsNullRef(ref count) ? 0 : count;
    }

    /// <summary>ln((N + 1) / (df + 1)) + 1: never zero, highest for terms not seen yet.</summary>
    public float Idf(uint key) => MathF.Log((Documents + 1f) / (Count(key) + 1f)) + 1f;

    /// <summary>Writes the counts to a checkpoint.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(Documents);
        writer.Write(_counts.Count);
        foreach (var (key, count) in _counts.Entries().OrderBy(e => e.Key)) // in key order: the same index always writes the same bytes
        {
            writer.Write(key);
            writer.Write(count);
        }
    }

    /// <summary>Reads the counts <see cref="Write"/> wrote into these empty frequencies.</summary>
    public void Read(BinaryReader reader)
    {
        Documents = reader.ReadInt64();
        for (var n = reader.ReadCount(); n > 0; n--)
        {
            var key = reader.ReadUInt32();
            _counts.GetOrAdd(key) = reader.ReadInt32();
        }
    }
}
