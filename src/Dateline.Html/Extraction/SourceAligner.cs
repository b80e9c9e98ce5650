namespace Dateline.Html.Extraction;

/// <summary>
/// Finds where text taken from the DOM lies in the raw HTML source. The parser decodes character references
/// (<c>&amp;amp;</c>), normalizes line breaks and drops markup, so a DOM string and its source differ; the
/// aligner walks both side by side, stepping over references, carriage returns and tags, and reports for each
/// DOM character the source index it came from.
/// </summary>
internal sealed class SourceAligner
{
    private const int SearchLimit = 400_000;
    private const int ProbeLength = 10;
    private readonly string _source;

    public SourceAligner(string source) => _source = source;

    /// <summary>The source index just after the last aligned text: later text is searched from here on.</summary>
    public int Cursor { get; set; }

    /// <summary>
    /// Finds the source index where <paramref name="text"/> from <paramref name="first"/> on begins, searching
    /// forward from <paramref name="from"/>. Markup is stepped over unless <paramref name="insideTags"/> (for
    /// attribute values). Returns -1 when the text is not found.
    /// </summary>
    public int Locate(string text, int first, int from, bool insideTags)
    {
        if (first >= text.Length || from < 0)
        {
            return -1;
        }

        var source = _source;
        var limit = Math.Min(source.Length, from + SearchLimit);
        var head = text[first];
        for (var j = from; j < limit; j++)
        {
            var r = source[j];
            if (!insideTags && r == '<' && IsMarkupStart(j))
            {
                j = SkipMarkup(j) - 1;
                continue;
            }

            if ((r == head || r == '&') && Probe(text, first, j))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>
    /// Aligns <paramref name="text"/>[start..end) with the source from <paramref name="raw"/> on, writing the
    /// source index of each character to <paramref name="map"/> (indexed from <paramref name="start"/>).
    /// Returns the source index after the last aligned character.
    /// </summary>
    public int Align(string text, int start, int end, int raw, Span<int> map)
    {
        var source = _source;
        var i = start;
        var j = raw;
        var mismatches = 0;
        while (i < end && j < source.Length)
        {
            var c = text[i];
            var r = source[j];
            if (r == '&' && c != '&' && ReferenceEnd(j) is var k && k > j + 1)
            {
                map[i - start] = j;
                i++;
                if (i < end && char.IsLowSurrogate(text[i]))
                {
                    map[i - start] = j;
                    i++;
                }

                j = k;
                continue;
            }

            if (r == '&' && c == '&' && ReferenceEnd(j) is var amp && amp > j + 1 && source[amp - 1] == ';' && string.CompareOrdinal(source, j, "&amp;", 0, 5) == 0)
            {
                map[i - start] = j;
                i++;
                j = amp;
                continue;
            }

            if (c == r)
            {
                map[i - start] = j;
                i++;
                j++;
                continue;
            }

            if (r == '\r')
            {
                if (c == '\n')
                {
                    map[i - start] = j;
                    i++;
                    j++;
                    if (j < source.Length && source[j] == '\n')
                    {
                        j++;
                    }
                }
                else
                {
                    j++;
                }

                continue;
            }

            if (r == '<' && IsMarkupStart(j))
            {
                j = SkipMarkup(j);
                continue;
            }

            // Something the parser changed (a replaced character): take it as a substitution, and give up
            // exact alignment after too many, keeping offsets monotonic.
            map[i - start] = j;
            i++;
            j++;
            if (++mismatches > 32)
            {
                break;
            }
        }

        for (; i < end; i++)
        {
            map[i - start] = Math.Min(j, source.Length);
        }

        return j;
    }

    private bool Probe(string text, int first, int raw)
    {
        var source = _source;
        var i = first;
        var j = raw;
        var matched = 0;
        var end = text.Length;
        while (i < end && matched < ProbeLength && j < source.Length)
        {
            var c = text[i];
            var r = source[j];
            if (r == '&' && c != '&')
            {
                var k = ReferenceEnd(j);
                if (k <= j + 1)
                {
                    return false;
                }

                i++;
                if (i < end && char.IsLowSurrogate(text[i]))
                {
                    i++;
                }

                j = k;
                matched++;
                continue;
            }

            if (r == '&' && c == '&' && string.CompareOrdinal(source, j, "&amp;", 0, 5) == 0)
            {
                i++;
                j += 5;
                matched++;
                continue;
            }

            if (c == r)
            {
                i++;
                j++;
                matched++;
                continue;
            }

            if (r == '\r')
            {
                j++;
                continue;
            }

            if (char.IsWhiteSpace(c) && char.IsWhiteSpace(r))
            {
                i++;
                j++;
                continue;
            }

            return false;
        }

        return matched > 0 && (matched >= ProbeLength || i >= end);
    }

    /// <summary>The end of a character reference starting at <paramref name="j"/> (<c>&amp;name;</c>, <c>&amp;#123;</c>), or <paramref name="j"/> when none.</summary>
    private int ReferenceEnd(int j)
    {
        var source = _source;
        var k = j + 1;
        var limit = Math.Min(source.Length, j + 34);
        if (k < limit && source[k] == '#')
        {
            k++;
            if (k < limit && (source[k] == 'x' || source[k] == 'X'))
            {
                k++;
            }
        }

        var nameStart = k;
        while (k < limit && char.IsAsciiLetterOrDigit(source[k]))
        {
            k++;
        }

        if (k == nameStart)
        {
            return j;
        }

        return k < source.Length && source[k] == ';' ? k + 1 : k;
    }

    private bool IsMarkupStart(int j)
    {
        if (j + 1 >= _source.Length)
        {
            return false;
        }

        var next = _source[j + 1];
        return char.IsAsciiLetter(next) || next == '/' || next == '!' || next == '?';
    }

    /// <summary>The index after the tag or comment starting at <paramref name="j"/>.</summary>
    internal int SkipMarkup(int j)
    {
        var source = _source;
        if (string.CompareOrdinal(source, j, "<!--", 0, 4) == 0)
        {
            var close = source.IndexOf("-->", j + 4, StringComparison.Ordinal);
            return close < 0 ? source.Length : close + 3;
        }

        var quote = '\0';
        var afterEquals = false;
        for (var k = j + 1; k < source.Length; k++)
        {
            var c = source[k];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }

                continue;
            }

            if ((c == '"' || c == '\'') && afterEquals)
            {
                quote = c;
                afterEquals = false;
                continue;
            }

            if (c == '=')
            {
                afterEquals = true;
            }
            else if (!char.IsWhiteSpace(c))
            {
                afterEquals = false;
            }

            if (c == '>')
            {
                return k + 1;
            }
        }

        return source.Length;
    }
}
