namespace Dateline.Core.Annotations;

public enum QuoteKind : byte
{
    /// <summary>The content is entirely inside quote marks.</summary>
    Direct,

    /// <summary>Reported speech without quote marks.</summary>
    Indirect,

    /// <summary>Reported speech that holds quoted fragments.</summary>
    Mixed,
}
