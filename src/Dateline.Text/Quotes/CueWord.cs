namespace Dateline.Text.Quotes;

/// <summary>One surface form of a reporting verb: its lemma, form, and whether it takes a hearer object ("told reporters").</summary>
internal sealed record CueWord(string Lemma, CueForm Form, bool TakesObject, bool Belief);
