using Dateline.Core.Annotations;

namespace Dateline.Text.Times;

/// <summary>
/// Seasons for <see cref="TimeParser"/>: "this summer", "summer 1998", a bare season resolved by the tense (winter
/// belongs to the year it starts in).
/// </summary>
internal sealed partial class TimeParser
{
    private Found? SeasonFirst(int i, bool requireContext)
    {
        var season = _t[i].Value;
        var k = Class(i + 1) == WordClass.Of ? i + 2 : i + 1;
        if (IsYear(k, strict: false))
        {
            return new Found(k + 1, TimeType.Date, TimeValues.Season(_t[k].Value, season));
        }

        if (SpelledYear(k, out var spelled, out var spelledEnd))
        {
            return new Found(spelledEnd, TimeType.Date, TimeValues.Season(spelled, season));
        }

        if (season == 3 && IsWord(i, "fall"))
        {
            return null;
        }

        if (requireContext && !((_t[i].Flags & ScanFlags.Capitalized) == 0 && i > 0 && (_t[i - 1].Lexicon & LexemeFlags.YearPreposition) != 0))
        {
            return null;
        }

        if (Class(i + 1) is WordClass.Unit or WordClass.Digits or WordClass.Number)
        {
            return null;
        }

        if (_anchor is not { } a)
        {
            return new Found(i + 1, TimeType.Date, "XXXX-" + TimeValues.Season(1, season)[5..]);
        }

        var current = TimeValues.SeasonOf(a.Month);
        var seasonYear = a.Month <= 2 ? a.Year - 1 : a.Year;
        var year = Tense(i) switch
        {
            Times.Tense.Past => season <= current ? seasonYear : seasonYear - 1,
            Times.Tense.Future => season >= current ? seasonYear : seasonYear + 1,
            _ => seasonYear,
        };
        return new Found(i + 1, TimeType.Date, TimeValues.Season(year, season));
    }
}
