namespace Dateline.Text.Structure;

/// <summary>An agency sign-off closing the copy on a line of its own: "Reuter", "(Reuters)", "-- AP".</summary>
internal static class SignOffRule
{
    private const int MaxLength = 32;

    public static string? Agency(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxLength)
        {
            return null;
        }

        line = line.TrimStart("-–—_ ".AsSpan()).Trim();
        if (line.Length > 2 && line[0] == '(' && line[^1] == ')')
        {
            line = line[1..^1];
        }

        return Agencies.Exact(line);
    }
}
