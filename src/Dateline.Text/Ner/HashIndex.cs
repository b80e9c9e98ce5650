namespace Dateline.Text.Ner;

/// <summary>An open-addressing map from non-zero 64-bit keys to row numbers; read-only after building, so thread-safe.</summary>
internal sealed class HashIndex
{
    private readonly ulong[] _keys;
    private readonly int[] _values;
    private readonly int _mask;

    public HashIndex(ReadOnlySpan<ulong> keys)
    {
        var capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity <<= 1;
        }

        _keys = new ulong[capacity];
        _values = new int[capacity];
        _mask = capacity - 1;
        for (var i = 0; i < keys.Length; i++)
        {
            var key = keys[i];
            if (key == 0)
            {
                throw new ArgumentException("Keys must be non-zero.", nameof(keys));
            }

            var slot = (int)(key & (ulong)_mask);
            while (_keys[slot] != 0 && _keys[slot] != key)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _values[slot] = i;
        }

        Count = keys.Length;
    }

    public int Count { get; }

    /// <summary>The row of <paramref name="key"/>, or -1.</summary>
    public int Find(ulong key)
    {
        var slot = (int)(key & (ulong)_mask);
        while (true)
        {
            var k = _keys[slot];
            if (k == key)
            {
                return _values[slot];
            }

            if (k == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }
}
