namespace Dateline.Store.Linking;

/// <summary>What <c>dateline entities --relink</c> did: corpus entities before and after, article entities linked, and how.</summary>
public sealed record RelinkSummary(int EntitiesBefore, int EntitiesAfter, int ArticleEntities, IReadOnlyDictionary<string, int> Reasons, TimeSpan Elapsed);
