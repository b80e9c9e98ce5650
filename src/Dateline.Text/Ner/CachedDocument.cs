namespace Dateline.Text.Ner;

/// <summary>A training document reduced to feature ids per token (<c>Features[Starts[i]..Starts[i+1]]</c>) and gold BILOU tags.</summary>
internal sealed record CachedDocument(int[] Starts, int[] Features, int[] Gold, ulong[] Lower, bool[] Capitalised, (int First, int Length)[] Sentences);
