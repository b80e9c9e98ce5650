namespace Dateline.Store.Linking;

/// <summary>
/// The corpus entity an article entity links to, by its entry key (unique per label), why, and the keys that
/// should lead to that entry from now on (its own normalised name and paired aliases).
/// </summary>
public sealed record LinkDecision(string Key, LinkReason Reason, IReadOnlyList<string> LinkKeys)
{
    /// <summary>For a person entry known by a full name: its surname key (corpus surname evidence counts it); else <c>null</c>.</summary>
    public string? Surname { get; init; }

    /// <summary>Whether the entry is a surname that several full names share (see <see cref="LinkReason.Ambiguous"/>).</summary>
    public bool Ambiguous => Reason == LinkReason.Ambiguous;
}
