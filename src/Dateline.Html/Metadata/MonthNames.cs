using System.Collections.Frozen;

namespace Dateline.Html.Metadata;

/// <summary>
/// Month names and their usual abbreviations in English, German, French, Spanish, Italian, Dutch, Portuguese
/// and Polish (nominative and genitive), for dates written out ("26. Januar 2022", "3 de mayo de 2022",
/// "26 stycznia 2022", "Tue Jan 28 15:28:56 CET 2020").
/// </summary>
internal static class MonthNames
{
    private const string January = "january|jan|januar|jänner|jän|janvier|janv|enero|ene|gennaio|januari|janeiro|stycznia|styczeń|styczen";

    private const string February = "february|feb|februar|février|fevrier|févr|fevr|febrero|febbraio|februari|fevereiro|fev|lutego|luty";

    private const string March = "march|mar|märz|maerz|mär|mrz|mars|marzo|maart|mrt|março|marco|marca|marzec";

    private const string April = "april|apr|avril|avr|abril|abr|aprile|kwietnia|kwiecień|kwiecien";

    private const string May = "may|mai|mayo|maggio|mag|mei|maio|maja|maj";

    private const string June = "june|jun|juni|juin|junio|giugno|giu|junho|czerwca|czerwiec";

    private const string July = "july|jul|juli|juillet|juil|julio|luglio|lug|julho|lipca|lipiec";

    private const string August = "august|aug|août|aout|agosto|ago|augustus|sierpnia|sierpień|sierpien";

    private const string September = "september|sep|sept|septembre|septiembre|setiembre|settembre|set|setembro|września|wrzesnia|wrzesień|wrzesien";

    private const string October = "october|oct|oktober|okt|octobre|octubre|ottobre|ott|outubro|out|października|pazdziernika|październik|pazdziernik";

    private const string November = "november|nov|novembre|noviembre|novembro|listopada|listopad";

    private const string December = "december|dec|dezember|dez|décembre|decembre|déc|diciembre|dic|dicembre|dezembro|grudnia|grudzień|grudzien";

    /// <summary>A regular expression alternation of every name (for use inside a larger pattern).</summary>
    public const string Pattern = January + "|" + February + "|" + March + "|" + April + "|" + May + "|" + June + "|" + July + "|" + August + "|" + September + "|" + October + "|" + November + "|" + December;

    private static readonly string[] ByMonth = [January, February, March, April, May, June, July, August, September, October, November, December];

    private static readonly FrozenDictionary<string, int> Lookup = Build();

    /// <summary>The month number (1-12) of a name or abbreviation, case-insensitive, a trailing period ignored.</summary>
    public static int? Month(string word)
    {
        var key = word.TrimEnd('.').ToLowerInvariant();
        return Lookup.TryGetValue(key, out var month) ? month : null;
    }

    private static FrozenDictionary<string, int> Build()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ByMonth.Length; i++)
        {
            foreach (var name in ByMonth[i].Split('|'))
            {
                map.TryAdd(name, i + 1);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
