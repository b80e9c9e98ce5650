using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Dateline.Dedup.Evaluation;

/// <summary>Reads the stories of Reuters-21578 SGML files (TITLE, DATELINE, BODY, TOPICS, DATE) for the dev set.</summary>
public static partial class ReutersSgml
{
    public static IEnumerable<SourceArticle> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var text = reader.ReadToEnd();
        foreach (Match match in Record().Matches(text))
        {
            var id = match.Groups[1].Value;
            var body = match.Groups[2].Value;
            var title = Field(body, "TITLE");
            var content = Field(body, "BODY");
            var date = Field(body, "DATE");
            var topics = Field(body, "TOPICS");
            if (title is null || content is null || date is null || topics is null)
            {
                continue;
            }

            var topic = Topic().Match(topics);
            if (!topic.Success || !DateTime.TryParseExact(date.Trim()[..Math.Min(11, date.Trim().Length)], "d-MMM-yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                continue;
            }

            var dateline = Field(body, "DATELINE")?.Trim();
            yield return new SourceArticle(
                "reuters-" + id,
                Decode(title).Trim(),
                day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                "Reuters",
                "reuters/" + topic.Groups[1].Value + "/" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                string.IsNullOrEmpty(dateline) ? null : Decode(dateline),
                Paragraphs(Decode(content)));
        }
    }

    /// <summary>Body lines that start with white space begin a paragraph; the closing "Reuter" line is dropped.</summary>
    private static List<string> Paragraphs(string body)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        foreach (var rawLine in body.Split('\n'))
        {
            var line = rawLine.Replace("\u0003", string.Empty, StringComparison.Ordinal).TrimEnd();
            if (line.Trim() is "Reuter" or "REUTER")
            {
                continue;
            }

            if ((line.Length > 0 && char.IsWhiteSpace(line[0])) || line.Length == 0)
            {
                Flush(current, paragraphs);
            }

            if (line.Trim().Length > 0)
            {
                current.Append(current.Length > 0 ? " " : string.Empty).Append(line.Trim());
            }
        }

        Flush(current, paragraphs);
        return paragraphs;
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        if (current.Length > 0)
        {
            paragraphs.Add(current.ToString());
            current.Clear();
        }
    }

    private static string? Field(string record, string name)
    {
        var start = record.IndexOf("<" + name + ">", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += name.Length + 2;
        var end = record.IndexOf("</" + name + ">", start, StringComparison.Ordinal);
        return end < 0 ? null : record[start..end];
    }

    private static string Decode(string text) =>
        WebUtility.HtmlDecode(Control().Replace(text, string.Empty));

    [GeneratedRegex("<REUTERS[^>]*NEWID=\"(\\d+)\"[^>]*>(.*?)</REUTERS>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Record();

    [GeneratedRegex("<D>([^<]+)</D>", RegexOptions.CultureInvariant)]
    private static partial Regex Topic();

    [GeneratedRegex("&#(?:[0-8]|1[0-9]|2[0-9]|3[01]);", RegexOptions.CultureInvariant)]
    private static partial Regex Control();
}
