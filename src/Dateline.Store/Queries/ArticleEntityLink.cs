namespace Dateline.Store.Queries;

/// <summary>One of an article's own entities (its local id, name, aliases and written forms) and the corpus entity it links to.</summary>
public sealed record ArticleEntityLink(int LocalId, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<EntityForm> Forms, CorpusEntity Entity);
