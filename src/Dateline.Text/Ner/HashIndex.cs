using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Dateline.Text.Ner;

/// <summary>
/// An open-addressing map from non-zero 64-bit keys to row numbers; read-only after building, so thread-safe.
/// Each slot holds a 32-bit fingerprint (the key's high half) and the row side by side, so a lookup touches one
/// cache line; the low half of the key picks the slot.
/// </summary>
internal sealed class HashIndex
{
    private readonly Slot[] _slots;
    private readonly int _mask;

    public HashIndex(ReadOnlySpan<ulong> keys)
    {
        var capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity <<= 1;
        }

        _slots = new Slot[capacity];
        _mask = capacity - 1;
        for (var i = 0; i < keys.Length; i++)
        {
            var key = keys[i];
            if (key == 0)
            {
                throw new ArgumentException("Keys must be non-zero.", nameof(keys));
            }

            var fingerprint = Fingerprint(key);
            var slot = (int)key & _mask;
            while (_slots[slot].Row != 0 && _slots[slot].Fingerprint != fingerprint)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = new Slot(fingerprint, i + 1);
        }

        Count = keys.Length;
    }

    public int Count { get; }

    /// <summary>The row of <paramref name="key"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong key)
    {
        var fingerprint = Fingerprint(key);
        var slot = (int)key & _mask;
        ref var first = ref MemoryMarshal.GetArrayDataReference(_slots);
        while (true)
        {
            var entry = Unsafe.Add(ref first, slot);
            if (entry.Row == 0)
            {
                return -1;
            }

            if (entry.Fingerprint == fingerprint)
            {
                return entry.Row - 1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Fingerprint(ulong key) => (uint)(key >> 32);

    private readonly record struct Slot(uint Fingerprint, int Row);
}
