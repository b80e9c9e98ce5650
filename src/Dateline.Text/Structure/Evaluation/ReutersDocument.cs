using System.Text;

namespace Dateline.Text.Structure.Evaluation;

/// <summary>
/// One Reuters-21578 document with a TEXT BODY, its fields decoded (SGML entities resolved, control
/// characters such as <c>&amp;#3;</c> dropped).
/// </summary>
public sealed record ReutersDocument(string NewId, string? Title, string? Author, string Dateline, string Body)
{
    /// <summary>
    /// The document as a raw article: the TITLE line, the AUTHOR line when there is one (each trimmed), then
    /// DATELINE and BODY as they stand, so the dateline starts the first body line
    /// (<c>"TITLE\nAUTHOR\n    CITY, Mon DD - first words..."</c>), lines ending in single newlines.
    /// </summary>
    public string Render()
    {
        var builder = new StringBuilder(Dateline.Length + Body.Length + 128);
        if (!string.IsNullOrWhiteSpace(Title))
        {
            builder.Append(Title.Trim()).Append('\n');
        }

        if (!string.IsNullOrWhiteSpace(Author))
        {
            builder.Append(Author.Trim()).Append('\n');
        }

        return builder.Append(Dateline).Append(Body).ToString();
    }
}
