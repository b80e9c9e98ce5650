namespace Dateline.Store.Linking.Evaluation;

/// <summary>
/// One hand-judged mention link: in <see cref="Article"/> (document id or store id) the mention written
/// <see cref="Mention"/> refers to the corpus entity named <see cref="Entity"/>, or to none (<c>null</c>: no entry
/// should claim it, as for a surname that could be several people). <see cref="Line"/> is its line in the gold file.
/// </summary>
public sealed record LinkGold(string Article, string Mention, string? Entity, int Line);
