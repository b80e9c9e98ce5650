namespace Dateline.Text.Quotes;

/// <summary>
/// One surface form of a reporting verb: its lemma, form, whether it takes a hearer object ("told reporters"), and
/// what its reported content looks like.
/// </summary>
internal sealed record CueWord(string Lemma, CueForm Form, bool TakesObject, CueComplement Complement);
