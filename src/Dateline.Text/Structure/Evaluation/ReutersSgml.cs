using System.IO.Compression;
using System.Globalization;
using System.Text;

namespace Dateline.Text.Structure.Evaluation;

/// <summary>
/// Reads Reuters-21578 SGML files (<c>reut2-NNN.sgm</c>, optionally gzipped; latin-1, not well-formed XML):
/// the documents whose TEXT has a BODY.
/// </summary>
public static class ReutersSgml
{
    public static IReadOnlyList<ReutersDocument> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream, Encoding.Latin1);
        return Parse(reader.ReadToEnd());
    }

    public static IReadOnlyList<ReutersDocument> Parse(string sgml)
    {
        ArgumentNullException.ThrowIfNull(sgml);
        var documents = new List<ReutersDocument>();
        var position = 0;
        while (true)
        {
            var start = sgml.IndexOf("<REUTERS", position, StringComparison.Ordinal);
            if (start < 0)
            {
                break;
            }

            var end = sgml.IndexOf("</REUTERS>", start, StringComparison.Ordinal);
            if (end < 0)
            {
                break;
            }

            var element = sgml.AsSpan(start, end - start);
            position = end + 10;
            var body = Element(element, "BODY");
            if (body is null)
            {
                continue;
            }

            documents.Add(new ReutersDocument(
                Attribute(element, "NEWID") ?? documents.Count.ToString(CultureInfo.InvariantCulture),
                Element(element, "TITLE"),
                Element(element, "AUTHOR"),
                Element(element, "DATELINE") ?? string.Empty,
                WithoutBrokenEndMarker(body)));
        }

        return documents;
    }

    /// <summary>
    /// In some copies of the corpus the end-of-text marker <c>&amp;#3;</c> has lost its <c>&amp;#</c> and ends the
    /// BODY as a line "3;"; it is not part of the text, so it is dropped like the intact marker. Carriage
    /// returns written in caret notation ("REUTER^M") are dropped too.
    /// </summary>
    private static string WithoutBrokenEndMarker(string body)
    {
        body = body.Replace("^M", string.Empty, StringComparison.Ordinal);
        var trimmed = body.AsSpan().TrimEnd();
        return trimmed.EndsWith("\n3;", StringComparison.Ordinal) ? body[..(trimmed.Length - 2)] : body;
    }

    /// <summary>Resolves <c>&amp;lt;</c>, <c>&amp;gt;</c>, <c>&amp;amp;</c>, <c>&amp;quot;</c> and numeric references; drops control characters.</summary>
    public static string Decode(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '&')
            {
                var semi = text[i..Math.Min(text.Length, i + 10)].IndexOf(';');
                if (semi > 1 && Entity(text.Slice(i + 1, semi - 1)) is { } resolved)
                {
                    if (resolved >= 0)
                    {
                        builder.Append((char)resolved);
                    }

                    i += semi + 1;
                    continue;
                }
            }

            if (c >= ' ' || c is '\n' or '\t')
            {
                builder.Append(c);
            }

            i++;
        }

        return builder.ToString();
    }

    /// <summary>The character an entity stands for, -1 to drop it, or null when it is not one we know.</summary>
    private static int? Entity(ReadOnlySpan<char> name)
    {
        if (name[0] == '#')
        {
            if (!int.TryParse(name[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var code) || code > char.MaxValue)
            {
                return null;
            }

            return code < ' ' && code is not ('\n' or '\t') ? -1 : code;
        }

        return name switch
        {
            "lt" => '<',
            "gt" => '>',
            "amp" => '&',
            "quot" => '"',
            "apos" => '\'',
            _ => null,
        };
    }

    private static string? Element(ReadOnlySpan<char> element, string tag)
    {
        var open = element.IndexOf("<" + tag + ">", StringComparison.Ordinal);
        if (open < 0)
        {
            return null;
        }

        open += tag.Length + 2;
        var close = element[open..].IndexOf("</" + tag + ">", StringComparison.Ordinal);
        return close < 0 ? null : Decode(element.Slice(open, close));
    }

    private static string? Attribute(ReadOnlySpan<char> element, string name)
    {
        var at = element.IndexOf(" " + name + "=\"", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        at += name.Length + 3;
        var end = element[at..].IndexOf('"');
        return end < 0 ? null : element.Slice(at, end).ToString();
    }
}
