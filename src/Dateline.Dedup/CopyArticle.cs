namespace Dateline.Dedup;

/// <summary>An article as the copy index knows it: its id, signature, and what is shown in listings.</summary>
public sealed record CopyArticle(string Id, CopySignature Signature)
{
    public DateOnly? Date { get; init; }

    public string? Outlet { get; init; }

    public string? Title { get; init; }
}
