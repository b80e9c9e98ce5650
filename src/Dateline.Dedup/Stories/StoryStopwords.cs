namespace Dateline.Dedup.Stories;

/// <summary>
/// Function words and the reporting vocabulary every news article shares ("said", "year", "people"); they say
/// nothing about which event an article covers.
/// </summary>
internal static class StoryStopwords
{
    private static readonly HashSet<string> Words = new(
        """
        a an the and or but if of to in on at by for with from as is are was were be been being it its this that these those
        he she they we you i his her their our your them him us me my not no nor so than then there here what which who whom
        whose when where why how all any both each few more most other some such only own same too very can will just should
        would could may might must do does did done has have had having into about against between through during before after
        above below up down out off over under again further once also said says say saying told tell mr mrs ms dr new one two
        three four five year years people time times like get got make made many much well even back still way according
        since while because however around another going know think want including last first now week day days month months
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> folded) => Lookup.Contains(folded);
}
