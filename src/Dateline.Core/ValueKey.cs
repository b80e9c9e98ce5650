namespace Dateline.Core;

/// <summary>A document-level value of type <typeparamref name="T"/> (for example the article structure).</summary>
public sealed class ValueKey<T> : LayerKey
    where T : class
{
    public ValueKey(string name)
        : base(name)
    {
    }
}
