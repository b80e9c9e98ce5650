using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Dateline.Core;
using Dateline.Core.Annotations;

namespace Dateline.Text.Times.Evaluation;

/// <summary>
/// Reads TimeML (TempEval-3 .tml) files: the DCT (the TIMEX3 with functionInDocument="CREATION_TIME") becomes the
/// document date, the TEXT element's content with its tags stripped and entities decoded becomes the text, and every
/// other TIMEX3 inside it becomes a gold expression with its span in that text.
/// </summary>
public static partial class TimeMlReader
{
    public static TimeMlDocument Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path));
    }

    /// <summary>Parses TimeML; throws <see cref="FormatException"/> with the offset when the markup is broken.</summary>
    public static TimeMlDocument Parse(string id, string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        DateOnly? creation = null;
        var dct = DctPattern().Match(xml);
        if (dct.Success && ValuePattern().Match(dct.Value) is { Success: true } dctValue && dctValue.Groups[1].Value.Length >= 10
            && DateOnly.TryParseExact(dctValue.Groups[1].Value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            creation = date;
        }

        var open = xml.IndexOf("<TEXT>", StringComparison.Ordinal);
        var close = xml.IndexOf("</TEXT>", StringComparison.Ordinal);
        if (open < 0 || close < open)
        {
            throw new FormatException($"{id}: no <TEXT> element");
        }

        var text = new StringBuilder(close - open);
        var gold = ImmutableArray.CreateBuilder<TimeExpression>();
        var i = open + "<TEXT>".Length;
        var timexStart = -1;
        string? timexType = null;
        string? timexValue = null;
        while (i < close)
        {
            var c = xml[i];
            if (c == '<')
            {
                var end = xml.IndexOf('>', i);
                if (end < 0 || end > close)
                {
                    throw new FormatException($"{id}: unclosed tag at offset {i}");
                }

                var tag = xml.AsSpan(i + 1, end - i - 1);
                if (tag.StartsWith("TIMEX3", StringComparison.Ordinal))
                {
                    var attributes = tag.ToString();
                    timexStart = text.Length;
                    timexType = Attribute(attributes, "type");
                    timexValue = Attribute(attributes, "value") ?? string.Empty;
                    if (attributes.Contains("CREATION_TIME", StringComparison.Ordinal))
                    {
                        timexType = null;
                    }
                }
                else if (tag.StartsWith("/TIMEX3", StringComparison.Ordinal))
                {
                    if (timexStart >= 0 && timexType is not null && TryType(timexType, out var type) && text.Length > timexStart)
                    {
                        gold.Add(new TimeExpression(new TextSpan(timexStart, text.Length), type, timexValue ?? string.Empty));
                    }

                    timexStart = -1;
                    timexType = null;
                }

                i = end + 1;
                continue;
            }

            if (c == '&')
            {
                var semicolon = xml.IndexOf(';', i);
                if (semicolon > i && semicolon - i <= 8)
                {
                    var entity = xml.AsSpan(i + 1, semicolon - i - 1);
                    char? decoded = entity switch
                    {
                        "amp" => '&',
                        "lt" => '<',
                        "gt" => '>',
                        "quot" => '"',
                        "apos" => '\'',
                        _ => null,
                    };
                    if (decoded is { } d)
                    {
                        text.Append(d);
                        i = semicolon + 1;
                        continue;
                    }
                }
            }

            text.Append(c);
            i++;
        }

        return new TimeMlDocument(id, text.ToString(), creation, gold.ToImmutable());
    }

    private static bool TryType(string type, out TimeType result)
    {
        switch (type)
        {
            case "DATE":
                result = TimeType.Date;
                return true;
            case "TIME":
                result = TimeType.Time;
                return true;
            case "DURATION":
                result = TimeType.Duration;
                return true;
            case "SET":
                result = TimeType.Set;
                return true;
            default:
                result = TimeType.Date;
                return false;
        }
    }

    private static string? Attribute(string attributes, string name)
    {
        var key = " " + name + "=\"";
        var start = attributes.IndexOf(key, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += key.Length;
        var end = attributes.IndexOf('"', start);
        return end < 0 ? null : attributes[start..end];
    }

    [GeneratedRegex("<TIMEX3[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex DctPattern();

    [GeneratedRegex(" value=\"([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex ValuePattern();
}
