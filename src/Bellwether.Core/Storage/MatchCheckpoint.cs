namespace Bellwether.Core;

/// <summary>
/// A snapshot of the matcher's whole index, as the pipeline saves it every
/// <see cref="BellwetherOptions.CheckpointInterval"/> match records: a fresh process loads it and replays only the
/// records saved after <see cref="Sequence"/>, so its start-up follows the live window rather than the whole history.
/// </summary>
public sealed class MatchCheckpoint
{
    /// <summary>Creates a <see cref="MatchCheckpoint"/> from its parts.</summary>
    /// <param name="sequence">The change-feed sequence the index had caught up to: it holds every change up to it and none after.</param>
    /// <param name="data">The matcher's snapshot, opaque to the store.</param>
    public MatchCheckpoint(long sequence, ReadOnlyMemory<byte> data)
    {
        Sequence = sequence;
        Data = data;
    }

    /// <summary>The change-feed sequence the index had caught up to: it holds every change up to it and none after.</summary>
    public long Sequence { get; }

    /// <summary>The matcher's snapshot, opaque to the store.</summary>
    public ReadOnlyMemory<byte> Data { get; }

    /// <summary>The longest part <see cref="Parts"/> cuts, 16 MiB: far below the limit on one value of SQLite and PostgreSQL (about 1 GB).</summary>
    public const int MaxPartLength = 16 * 1024 * 1024;

    /// <summary>A checkpoint from the parts <see cref="Parts"/> cut, in order.</summary>
    /// <param name="sequence">The sequence the checkpoint caught up to.</param>
    /// <param name="parts">Its parts, in order.</param>
    /// <returns>The checkpoint, its data the parts joined.</returns>
    public static MatchCheckpoint FromParts(long sequence, IReadOnlyList<byte[]> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 1)
        {
            return new MatchCheckpoint(sequence, parts[0]);
        }

        var data = new byte[parts.Sum(p => (long)p.Length)];
        var at = 0;
        foreach (var part in parts)
        {
            part.CopyTo(data, at);
            at += part.Length;
        }

        return new MatchCheckpoint(sequence, data);
    }

    /// <summary>
    /// The data cut into parts of at most <see cref="MaxPartLength"/> bytes, in order, for a store whose database limits
    /// the size of one value; <see cref="FromParts"/> joins them again.
    /// </summary>
    /// <returns>The parts, each a new array.</returns>
    public IEnumerable<byte[]> Parts()
    {
        for (var at = 0; at < Data.Length; at += MaxPartLength)
        {
            yield return Data.Slice(at, Math.Min(MaxPartLength, Data.Length - at)).ToArray();
        }
    }
}
