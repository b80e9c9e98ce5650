namespace Dateline.Core;

/// <summary>
/// Names a typed layer of a <see cref="Document"/>. A layer holds either an immutable array of
/// annotations (<see cref="LayerKey{T}"/>) or one document-level value (<see cref="ValueKey{T}"/>).
/// </summary>
public abstract class LayerKey
{
    private protected LayerKey(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    public string Name { get; }

    public override string ToString() => Name;
}
