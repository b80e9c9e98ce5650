using Dateline.Core.Annotations;

namespace Dateline.Text.Ner;

/// <summary>A sentence of a CoNLL file: its tokens as given and its gold entities as token ranges.</summary>
public sealed record ConllSentence(IReadOnlyList<string> Tokens, IReadOnlyList<(int First, int Last, EntityLabel Label)> Entities);
