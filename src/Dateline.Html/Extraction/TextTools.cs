namespace Dateline.Html.Extraction;

/// <summary>Small text measures used while scoring and matching.</summary>
internal static class TextTools
{
    /// <summary>The length of <paramref name="text"/> with white space collapsed, and its comma count.</summary>
    public static (int Length, int Commas) Measure(string text)
    {
        var length = 0;
        var commas = 0;
        var inSpace = true;
        foreach (var c in text)
        {
            if (c <= ' ' || c == '\u00A0')
            {
                inSpace = true;
                continue;
            }

            if (inSpace && length > 0)
            {
                length++;
            }

            inSpace = false;
            length++;
            if (c is ',' or '\uFF0C' or '\u3001' or '\u060C')
            {
                commas++;
            }
        }

        return (length, commas);
    }

    /// <summary>Lower-cased word set of a short text (titles, headlines).</summary>
    public static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }

    /// <summary>The share of <paramref name="a"/>'s words found in <paramref name="b"/> (0 when <paramref name="a"/> is empty).</summary>
    public static double Overlap(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0)
        {
            return 0;
        }

        var shared = a.Count(b.Contains);
        return (double)shared / Math.Max(a.Count, Math.Min(b.Count, a.Count * 2));
    }

    /// <summary>Collapses white space runs to one space and trims.</summary>
    public static string Normalize(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
