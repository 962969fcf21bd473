using System.Runtime.CompilerServices;

namespace Bellwether.Core.Internal;

/// <summary>
/// A compact hash table from single-stem keys to a value: open addressing with linear probing over two parallel arrays,
/// at most three quarters full. Smaller than a dictionary for the tens of thousands of stems an index holds. Stem-pair
/// keys cannot be stored (the empty marker is one). Not thread-safe.
/// </summary>
/// <typeparam name="T">The value kept per stem.</typeparam>
internal sealed class StemTable<T>
    where T : struct
{
    private const uint Empty = uint.MaxValue;
    private const int InitialCapacity = 16;
    private uint[] _keys = NewKeys(InitialCapacity);
    private T[] _values = new T[InitialCapacity];
    private int _shift = 32 - 4;

    /// <summary>The number of stems in the table.</summary>
    public int Count { get; private set; }

    /// <summary>The value of <paramref name="key"/>, or a null reference (test with <see cref="Unsafe.IsNullRef{T}(ref readonly T)"/>) when absent.</summary>
    public ref T Find(uint key)
    {
        if (key == Empty)
        {
            return ref Unsafe.NullRef<T>();
        }

        var at = Probe(_keys, key);
        return ref _keys[at] == key ? ref _values[at] : ref Unsafe.NullRef<T>();
    }

    /// <summary>The value of <paramref name="key"/>, added as <c>default</c> when absent; valid until the next addition.</summary>
    public ref T GetOrAdd(uint key)
    {
        if (TextFeatures.IsPair(key))
        {
            throw new ArgumentOutOfRangeException(nameof(key), key, "Stem pairs cannot be stored.");
        }

        if ((Count + 1) * 4 > _keys.Length * 3)
        {
            Grow();
        }

        var at = Probe(_keys, key);
        if (_keys[at] == Empty)
        {
            _keys[at] = key;
            Count++;
        }

        return ref _values[at];
    }

    /// <summary>The stems and their values, in no particular order.</summary>
    public IEnumerable<KeyValuePair<uint, T>> Entries()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] != Empty)
            {
                yield return new KeyValuePair<uint, T>(_keys[i], _values[i]);
            }
        }
    }

    private static uint[] NewKeys(int capacity)
    {
        var keys = new uint[capacity];
        Array.Fill(keys, Empty);
        return keys;
    }

    /// <summary>Where <paramref name="key"/> is in <paramref name="keys"/>, or the empty slot where it would go (linear probing from its home).</summary>
    private int Probe(uint[] keys, uint key)
    {
        var at = Home(key);
        while (keys[at] != key && keys[at] != Empty)
        {
            at = (at + 1) & (keys.Length - 1);
        }

        return at;
    }

    /// <summary>Fibonacci hashing: the top bits of the key times 2³²/φ.</summary>
    private int Home(uint key) => (int)((key * 0x9E3779B9u) >> _shift);

    private void Grow()
    {
        var keys = _keys;
        var values = _values;
        _keys = NewKeys(keys.Length * 2);
        _values = new T[keys.Length * 2];
        _shift--;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] == Empty)
            {
                continue;
            }

            var at = Probe(_keys, keys[i]);
            _keys[at] = keys[i];
            _values[at] = values[i];
        }
    }
}
