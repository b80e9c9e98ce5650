using Dateline.Core.Annotations;

namespace Dateline.Text.Ner;

/// <summary>An entity found by the tagger: tokens <c>[FirstToken, LastToken]</c> of the document's tokens layer.</summary>
public readonly record struct TaggedEntity(int FirstToken, int LastToken, EntityLabel Label, float Confidence);
