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
}
