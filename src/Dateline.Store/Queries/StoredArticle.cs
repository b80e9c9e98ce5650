using Dateline.Core;

namespace Dateline.Store.Queries;

/// <summary>An article rebuilt from the store: its store id and the document with its stored layers.</summary>
public sealed record StoredArticle(long Id, Document Document);
