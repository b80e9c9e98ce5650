namespace Dateline.Text.Structure;

/// <summary>An agency sign-off closing the copy: "Reuter", "REUTER...", "(Reuters)", "-- AP" on a line of its own, or set off at the end of the last line.</summary>
internal static class SignOffRule
{
    private const int MaxLength = 32;

    private const int MaxResidueLength = 6;

    public static string? Agency(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxLength)
        {
            return null;
        }

        line = line.TrimStart("-–—_ ".AsSpan()).TrimEnd(". ".AsSpan());
        if (line.Length > 2 && line[0] == '(' && line[^1] == ')')
        {
            line = line[1..^1];
        }

        return Agencies.Exact(line);
    }

    /// <summary>A short line without letters after a sign-off ("3;", "&amp;#3;", "###"): feed residue, not text.</summary>
    public static bool IsResidue(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.IsEmpty || line.Length > MaxResidueLength)
        {
            return false;
        }

        foreach (var c in line)
        {
            if (char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Where a sign-off ends a line of text, set off by a wide gap ("... (33.7).        REUTER") or, in capitals,
    /// after a sentence ("... an ounce. REUTER"): the length of the text before it, or -1.
    /// </summary>
    public static int TrailingStart(ReadOnlySpan<char> line)
    {
        var space = line.LastIndexOf(' ');
        if (space <= 0)
        {
            return -1;
        }

        var word = line[(space + 1)..];
        if (Agency(word) is null)
        {
            return -1;
        }

        var before = line[..space].TrimEnd();
        var wideGap = space - before.Length >= 1;
        var afterSentence = before.Length > 0 && before[^1] is '.' or '!' or '?' or '"' or ')' && !word.ContainsAnyInRange('a', 'z');
        return before.Length > 0 && (wideGap || afterSentence) ? before.Length : -1;
    }
}
