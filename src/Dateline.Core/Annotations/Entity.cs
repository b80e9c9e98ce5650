using System.Collections.Immutable;

namespace Dateline.Core.Annotations;

/// <summary>
/// One person, organisation, place or other entity within a document: the mentions that refer to it
/// (indices into the mentions layer), its canonical name (the fullest proper name), aliases and titles.
/// </summary>
public sealed record Entity(
    int Id,
    EntityLabel Label,
    string Name,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> Titles,
    ImmutableArray<int> Mentions);
