namespace Dateline.Html.Evaluation;

/// <summary>What an extractor found in one page.</summary>
public sealed record ExtractionResult(string Text, string? Title, IReadOnlyList<string> Authors, DateOnly? Date)
{
    public static ExtractionResult Empty { get; } = new(string.Empty, null, [], null);
}
