using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bellwether.Core.Internal;

/// <summary>
/// Checkpoints: the whole index as the matcher holds it after a catch-up, so that a fresh process loads it and replays
/// only the records saved after it. A checkpoint is read only by a matcher of the same clustering options (any other
/// would have built a different index from the same records), and it is checked whole before anything is read.
/// </summary>
internal sealed partial class CentroidSignalMatcher
{
    private const int CheckpointMagic = 0x434D5742; // "BWMC"
    private const int CheckpointFormat = 4;

    public ReadOnlyMemory<byte>? Checkpoint()
    {
        lock (_gate)
        {
            if (_warmArticles is not null)
            {
                return null; // still rebuilding from the store: the live state starts with the first match
            }

            var buffer = new MemoryStream();
            using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(CheckpointMagic);
                writer.Write(CheckpointFormat);
                writer.Write(OptionsFingerprint());
                WriteState(writer);
            }

            buffer.Write(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
            return new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
    }

    public bool TryRestore(ReadOnlyMemory<byte> checkpoint, [NotNullWhen(false)] out string? reason)
    {
        var data = checkpoint.Span;
        if (data.Length < SHA256.HashSizeInBytes || !SHA256.HashData(data[..^SHA256.HashSizeInBytes]).AsSpan().SequenceEqual(data[^SHA256.HashSizeInBytes..]))
        {
            reason = "its checksum does not match its contents";
            return false;
        }

        var body = checkpoint[..^SHA256.HashSizeInBytes];
        var stream = MemoryMarshal.TryGetArray(body, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(body.ToArray(), writable: false);
        using var reader = new BinaryReader(stream);
        if (reader.ReadInt32() != CheckpointMagic || reader.ReadInt32() != CheckpointFormat)
        {
            reason = "it is of another format";
            return false;
        }

        if (reader.ReadString() != OptionsFingerprint())
        {
            reason = "it was written with other clustering options";
            return false;
        }

        lock (_gate)
        {
            if (_stories.Clusters.Any() || _signals.Clusters.Any() || _stories.Frequencies.Documents > 0)
            {
                reason = "the index is not empty";
                return false;
            }

            try
            {
                ReadState(reader);
            }
            catch (Exception error) when (error is InvalidDataException or EndOfStreamException)
            {
                reason = "it could not be read: " + error.Message;
                return false;
            }
        }

        reason = null;
        return true;
    }

    /// <summary>The clustering options as JSON: a checkpoint is read only with the options it was written with.</summary>
    private string OptionsFingerprint() => JsonSerializer.Serialize(_options, CheckpointJson.Default.ClusteringOptions);

    private void WriteState(BinaryWriter writer)
    {
        _stories.Write(writer);
        _signals.Write(writer);
        WriteSlots(writer, _storyByKey);
        writer.Write(_storySection.Count);
        foreach (var (story, section) in _storySection)
        {
            writer.Write(story.Slot);
            writer.Write(section);
        }

        WriteMap(writer, _storyAlias, (w, v) => w.Write(v));
        WriteMap(writer, _storySignals, (w, v) => w.WriteStrings(v));
        WriteSlots(writer, _signalByKey);
        WriteMap(writer, _observedEvidence, (w, v) => w.Write(v));
        WriteMap(writer, _headlines, (w, v) => w.Write(v));
        WriteMap(writer, _signalTags, (w, v) =>
        {
            w.WriteStrings(v.Actors);
            w.WriteStrings(v.Topics);
            w.WriteStrings(v.Regions);
            w.Write(v.Version);
        });

        // The stories changed since the last merge, which the next merge re-examines (in its own order: size, then slot).
        var changed = _changedStories.Where(c => _stories.Get(c.Slot) is not null).Select(c => c.Slot).ToArray();
        writer.WriteArray<int>(changed);
        _meanings.Write(writer);
        writer.Write(_sinceMerge);
        writer.Write(_newestTicks);
        writer.Write(_oldestTicks);
        writer.Write(_latenessTicks);
    }

    /// <summary>Reads the state <see cref="WriteState"/> wrote; nothing of this matcher changes unless all of it reads.</summary>
    private void ReadState(BinaryReader reader)
    {
        var stories = ClusterIndex.Read(reader, ClusterLevel.Stories(_options));
        var signals = ClusterIndex.Read(reader, ClusterLevel.Signals(_options));
        var storyByKey = ReadSlots(reader, stories);
        var storySection = new Dictionary<Cluster, string>();
        for (var n = reader.ReadCount(); n > 0; n--)
        {
            storySection[Live(stories, reader.ReadInt32())] = reader.ReadString();
        }

        var storyAlias = ReadMap(reader, r => r.ReadString());
        var storySignals = ReadMap(reader, r => r.ReadStrings().ToList());
        var signalByKey = ReadSlots(reader, signals);
        var observed = ReadMap(reader, r => r.ReadInt32());
        var headlines = ReadMap(reader, r => r.ReadString());
        var tags = ReadMap(reader, r => new SignalTags(r.ReadStrings(), r.ReadStrings(), r.ReadStrings(), r.ReadInt64()));
        var changed = reader.ReadArray<int>().Select(slot => Live(stories, slot)).ToList();
        var meanings = StoryMeanings.Read(reader, slot => Live(stories, slot));
        var sinceMerge = reader.ReadInt32();
        var newestTicks = reader.ReadInt64();
        var oldestTicks = reader.ReadInt64();
        var latenessTicks = reader.ReadInt64();
        if (reader.BaseStream.Position != reader.BaseStream.Length)
        {
            throw new InvalidDataException("The checkpoint has data after its end.");
        }

        _stories = stories;
        _signals = signals;
        _meanings = meanings;
        Fill(_storyByKey, storyByKey);
        Fill(_storySection, storySection);
        Fill(_storyAlias, storyAlias);
        Fill(_storySignals, storySignals);
        Fill(_signalByKey, signalByKey);
        Fill(_observedEvidence, observed);
        Fill(_headlines, headlines);
        Fill(_signalTags, tags);
        _changedStories.UnionWith(changed);
        _sinceMerge = sinceMerge;
        _newestTicks = newestTicks;
        _oldestTicks = oldestTicks;
        _latenessTicks = latenessTicks;
        _warmArticles = null;
    }

    private static Cluster Live(ClusterIndex index, int slot) =>
        index.Get(slot) ?? throw new InvalidDataException($"The checkpoint names slot {slot}, which holds no cluster.");

    private static void WriteSlots(BinaryWriter writer, Dictionary<string, Cluster> clusters) =>
        WriteMap(writer, clusters, (w, c) => w.Write(c.Slot));

    private static Dictionary<string, Cluster> ReadSlots(BinaryReader reader, ClusterIndex index) =>
        ReadMap(reader, r => Live(index, r.ReadInt32()));

    private static void WriteMap<T>(BinaryWriter writer, Dictionary<string, T> map, Action<BinaryWriter, T> write)
    {
        writer.Write(map.Count);
        foreach (var (key, value) in map)
        {
            writer.Write(key);
            write(writer, value);
        }
    }

    private static Dictionary<string, T> ReadMap<T>(BinaryReader reader, Func<BinaryReader, T> read)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        for (var n = reader.ReadCount(); n > 0; n--)
        {
            var key = reader.ReadString();
            map[key] = read(reader);
        }

        return map;
    }

    private static void Fill<TKey, TValue>(Dictionary<TKey, TValue> target, Dictionary<TKey, TValue> source)
        where TKey : notnull
    {
        target.Clear();
        foreach (var (key, value) in source)
        {
            target[key] = value;
        }
    }
}

/// <summary>Source-generated JSON for the clustering options a matcher checkpoint is written with.</summary>
[JsonSerializable(typeof(ClusteringOptions))]
internal sealed partial class CheckpointJson : JsonSerializerContext;
