using System.Diagnostics.CodeAnalysis;

namespace Dateline.Core;

/// <summary>A layer of annotations of type <typeparamref name="T"/>, kept in an immutable array.</summary>
[SuppressMessage("Naming", "CA1711", Justification = "A key, not a collection.")]
public sealed class LayerKey<T> : LayerKey
{
    public LayerKey(string name)
        : base(name)
    {
    }
}
