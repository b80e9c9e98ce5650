namespace Dateline.Store.Queries;

/// <summary>One written form of a corpus entity ("Obama", "Barack Obama") and how many mentions used it.</summary>
public sealed record EntityForm(string Text, int Mentions);
