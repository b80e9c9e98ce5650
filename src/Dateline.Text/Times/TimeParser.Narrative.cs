namespace Dateline.Text.Times;

/// <summary>
/// The narrative reference time of <see cref="TimeParser"/>: "that day", "the same day", "the following month", "the
/// previous Friday" refer to the last day or month the story named, not to the article's date.
/// </summary>
internal sealed partial class TimeParser
{
    /// <summary>Whether the word at r refers back in narrative ("the following month", "the previous Friday"), not from now.</summary>
    private bool IsNarrativeRelative(int r, int first) =>
        first < r && IsWord(first, "the")
        && (IsWord(r, "following") || IsWord(r, "previous") || IsWord(r, "preceding") || IsWord(r, "prior") || IsWord(r, "next"));

    /// <summary>The end of "day" or "same day" after "that" when the story has named a day; else 0.</summary>
    private int ThatDay(int k)
    {
        if (_story.LastDayNumber == 0)
        {
            return 0;
        }

        if (IsWord(k, "same"))
        {
            k++;
        }

        return UnitAt(k) == TimeUnit.Day && !Plural(k) && (_t[k].Flags & ScanFlags.Possessive) == 0 ? k + 1 : 0;
    }
}
