namespace Dateline.Store.Linking;

/// <summary>Orders byte arrays (content hashes) lexicographically, as both stores order a batch's articles.</summary>
internal sealed class ByteOrder : IComparer<byte[]>
{
    public static ByteOrder Instance { get; } = new();

    public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
}
