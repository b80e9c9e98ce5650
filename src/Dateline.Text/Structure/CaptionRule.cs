namespace Dateline.Text.Structure;

/// <summary>
/// Recognises photo captions: "FILE - In this ... photo", "In this Aug. 1 photo ...", and text carrying a
/// photo credit such as "(AP Photo/Susan Montoya Bryan)", "REUTERS/Kevin Lamarque" or "(Getty Images)".
/// </summary>
internal static class CaptionRule
{
    private const int LeadWindow = 120;

    private static readonly string[] Credits =
        ["(AP Photo", "(AP Photo/", "AP Photo/", "REUTERS/", "(Reuters/", "(AFP Photo", "AFP PHOTO", "(Getty Images", "Getty Images)", "(Photo:", "(Photo by", "Photo credit:", "(Photo credit"];

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

        return false;
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
