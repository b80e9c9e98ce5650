using Dateline.Core;

namespace Dateline.Text.Quotes;

/// <summary>
/// A quote under construction by <see cref="QuoteFinder"/>: content, cue, speaker, and the word range it claims; the
/// finder turns each into a <see cref="FoundQuote"/> when its run ends.
/// </summary>
internal sealed class QuoteFrame(TextSpan content, TextSpan? cue, TextSpan? speaker, int firstWord, int cueLastWord, int lastWord)
{
    public TextSpan Content { get; set; } = content;

    public TextSpan? Cue { get; } = cue;

    public TextSpan? Speaker { get; } = speaker;

    public int FirstWord { get; } = firstWord;

    public int CueLastWord { get; } = cueLastWord;

    public int LastWord { get; } = lastWord;

    public bool Extended { get; set; }

    /// <summary>An attribution around the one before it ("X said Y, according to Z"): its content holds that frame.</summary>
    public bool Nested { get; init; }
}
