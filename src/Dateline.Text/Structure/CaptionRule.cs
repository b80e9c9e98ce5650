namespace Dateline.Text.Structure;

/// <summary>
/// Recognises photo captions: "FILE - In this ... photo", "In this Aug. 1 photo ...", and text carrying a
/// photo credit such as "(AP Photo/Susan Montoya Bryan)", "REUTERS/Kevin Lamarque", "(Getty Images)", "Image caption"
/// or a closing "(Photographer Name/Agency)".
/// </summary>
internal static class CaptionRule
{
    private const int LeadWindow = 120;
    private const int MaxCreditLength = 60;

    private static readonly string[] Credits =
        [
            "(AP Photo", "(AP photo", "AP Photo/", "| AP Photo", "REUTERS/", "(Reuters/", "(Reuters photo", "(AFP Photo", "AFP PHOTO",
            "(Getty Images", "Getty Images)", "(Photo:", "(Photo by", "Photo credit:", "(Photo credit", "Photo: ", "Image caption", "Image copyright", "Media caption",
        ];

    private static readonly string[] Leads = ["FILE -", "FILE –", "FILE —", "FILE--", "FILE:", "FILE PHOTO", "In this "];

    private static readonly string[] PhotoWords = [" photo", " image", " picture", " video"];

    public static bool IsCaption(ReadOnlySpan<char> text)
    {
        if (text.StartsWith("FILE", StringComparison.Ordinal) || text.StartsWith("In this ", StringComparison.Ordinal))
        {
            foreach (var lead in Leads)
            {
                if (text.StartsWith(lead, StringComparison.Ordinal))
                {
                    return lead[0] != 'I' || MentionsPhoto(text);
                }
            }
        }

        foreach (var credit in Credits)
        {
            if (text.Contains(credit, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return EndsWithCredit(text);
    }

    /// <summary>A closing credit in parentheses naming photographer and agency: "(Brian Snyder/Reuters)".</summary>
    private static bool EndsWithCredit(ReadOnlySpan<char> text)
    {
        if (text.Length < 5 || text[^1] != ')')
        {
            return false;
        }

        var open = text.LastIndexOf('(');
        if (open < 0 || text.Length - open > MaxCreditLength)
        {
            return false;
        }

        var credit = text[(open + 1)..^1];
        var slash = credit.IndexOf('/');
        return slash > 0 && slash + 1 < credit.Length && char.IsUpper(credit[0]) && char.IsUpper(credit[slash + 1])
            && !credit.ContainsAnyInRange('0', '9');
    }

    private static bool MentionsPhoto(ReadOnlySpan<char> text)
    {
        var lead = text[..Math.Min(text.Length, LeadWindow)];
        foreach (var word in PhotoWords)
        {
            if (lead.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
