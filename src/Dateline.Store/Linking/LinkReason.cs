namespace Dateline.Store.Linking;

/// <summary>Why an article entity went to its corpus entity.</summary>
public enum LinkReason
{
    /// <summary>No entry had any of its keys: it starts a new corpus entity.</summary>
    New,

    /// <summary>An entry with the same normalised key (case, "the", middle initials, known variants).</summary>
    Key,

    /// <summary>An entry one of its paired aliases (an acronym and its expansion, a full-name variant) is known by.</summary>
    Alias,

    /// <summary>A surname alone, linked to the full name that clearly dominates that surname in the period.</summary>
    Surname,

    /// <summary>A surname alone that several full names share with none dominating: the surname's own entry, marked ambiguous.</summary>
    Ambiguous,
}
