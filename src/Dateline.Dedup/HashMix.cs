using System.Numerics;

namespace Dateline.Dedup;

/// <summary>64-bit mixing used to combine word hashes (constants from MurmurHash3's finaliser).</summary>
internal static class HashMix
{
    private const ulong Prime1 = 0x9E3779B185EBCA87UL;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;

    /// <summary>Folds <paramref name="value"/> into an order-sensitive running hash.</summary>
    public static ulong Combine(ulong running, ulong value) => BitOperations.RotateLeft((running ^ value) * Prime1, 31) * Prime2;

    /// <summary>MurmurHash3's 64-bit finaliser: every input bit affects every output bit.</summary>
    public static ulong Finish(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return h;
    }
}
