using System.Runtime.InteropServices;

namespace Bellwether.Core.Internal;

/// <summary>Arrays and lists in a matcher checkpoint: a length, then the items (unmanaged ones as raw little-endian bytes).</summary>
internal static class CheckpointBinary
{
    public static void WriteArray<T>(this BinaryWriter writer, ReadOnlySpan<T> values)
        where T : unmanaged
    {
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values));
    }

    public static T[] ReadArray<T>(this BinaryReader reader)
        where T : unmanaged
    {
        var values = new T[ReadCount(reader)];
        var bytes = MemoryMarshal.AsBytes(values.AsSpan());
        if (reader.Read(bytes) != bytes.Length)
        {
            throw new EndOfStreamException("The checkpoint ends inside an array.");
        }

        return values;
    }

    public static void WriteStrings(this BinaryWriter writer, IReadOnlyCollection<string> values)
    {
        writer.Write(values.Count);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    public static string[] ReadStrings(this BinaryReader reader)
    {
        var values = new string[ReadCount(reader)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadString();
        }

        return values;
    }

    /// <summary>A count written before a list; a negative one means the data is not a checkpoint this build wrote.</summary>
    public static int ReadCount(this BinaryReader reader)
    {
        var count = reader.ReadInt32();
        return count >= 0 ? count : throw new InvalidDataException($"The checkpoint holds a negative count ({count}).");
    }
}
