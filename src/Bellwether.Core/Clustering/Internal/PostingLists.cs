using System.Runtime.CompilerServices;

namespace Bellwether.Core.Internal;

/// <summary>
/// The posting lists of an inverted index: per stem, the slots of the clusters whose centroid holds it, oldest first.
/// A list over <c>maxPostings</c> drops its oldest quarter. A list of one slot is kept inline (most stems are seen
/// once), longer ones in arrays grown by half. Not thread-safe.
/// </summary>
/// <param name="maxPostings">Slots a list keeps.</param>
internal sealed class PostingLists(int maxPostings)
{
    private readonly StemTable<Postings> _lists = new();

    /// <summary>The number of slots in all lists.</summary>
    public int Entries { get; private set; }

    /// <summary>The list of <paramref name="key"/>, oldest first; empty when it has none.</summary>
    public ReadOnlySpan<int> Get(uint key)
    {
        ref var postings = ref _lists.Find(key);
        if (Unsafe.IsNullRef(ref postings))
        {
            return [];
        }

        return postings.Slots is { } slots ? slots.AsSpan(0, postings.Count) : new ReadOnlySpan<int>(in postings.Single);
    }

    /// <summary>Appends <paramref name="slot"/> to the list of <paramref name="key"/>.</summary>
    public void Add(uint key, int slot)
    {
        ref var postings = ref _lists.GetOrAdd(key);
        Entries++;
        if (postings.Count == 0)
        {
            postings.Single = slot;
            postings.Count = 1;
            return;
        }

        if (postings.Slots is null)
        {
            postings.Slots = new int[4];
            postings.Slots[0] = postings.Single;
        }
        else if (postings.Count == postings.Slots.Length)
        {
            Array.Resize(ref postings.Slots, Math.Max(postings.Count + 1, Math.Min(postings.Count + (postings.Count / 2), maxPostings + 1)));
        }

        postings.Slots[postings.Count++] = slot;
        if (postings.Count > maxPostings)
        {
            var drop = postings.Count / 4;
            Array.Copy(postings.Slots, drop, postings.Slots, 0, postings.Count - drop);
            postings.Count -= drop;
            Entries -= drop;
        }
    }

    /// <summary>Writes the lists to a checkpoint.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(_lists.Count);
        foreach (var (key, postings) in _lists.Entries().OrderBy(e => e.Key)) // in key order: the same index always writes the same bytes
        {
            writer.Write(key);
            writer.WriteArray(postings.Slots is { } slots ? slots.AsSpan(0, postings.Count) : new ReadOnlySpan<int>(in postings.Single));
        }
    }

    /// <summary>Reads the lists <see cref="Write"/> wrote into these empty lists.</summary>
    public void Read(BinaryReader reader)
    {
        for (var n = reader.ReadCount(); n > 0; n--)
        {
            var key = reader.ReadUInt32();
            var slots = reader.ReadArray<int>();
            ref var postings = ref _lists.GetOrAdd(key);
            postings.Count = slots.Length;
            if (slots.Length == 1)
            {
                postings.Single = slots[0];
            }
            else
            {
                postings.Slots = slots;
            }

            Entries += slots.Length;
        }
    }

    /// <summary>One stem's list: its only slot inline, or the first <see cref="Count"/> entries of an array.</summary>
    private struct Postings
    {
        public int[]? Slots;
        public int Count;
        public int Single;
    }
}
