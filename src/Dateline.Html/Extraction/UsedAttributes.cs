namespace Dateline.Html.Extraction;

/// <summary>
/// The attributes extraction reads. The parser keeps only these (others, such as <c>href</c>, <c>src</c>
/// and <c>data-*</c>, are never materialized), which saves much of the parsing cost of modern pages.
/// </summary>
internal static class UsedAttributes
{
    public static bool Contains(ReadOnlySpan<char> name) => name.Length switch
    {
        2 => name.SequenceEqual("id"),
        3 => name.SequenceEqual("rel"),
        4 => name.SequenceEqual("role") || name.SequenceEqual("lang") || name.SequenceEqual("name") || name.SequenceEqual("type"),
        5 => name.SequenceEqual("class") || name.SequenceEqual("style"),
        6 => name.SequenceEqual("hidden"),
        7 => name.SequenceEqual("content") || name.SequenceEqual("charset") || name.SequenceEqual("pubdate"),
        8 => name.SequenceEqual("itemprop") || name.SequenceEqual("property") || name.SequenceEqual("datetime"),
        10 => name.SequenceEqual("http-equiv"),
        11 => name.SequenceEqual("aria-hidden"),
        _ => false,
    };
}
