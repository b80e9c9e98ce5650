using System.Collections.Frozen;

namespace Dateline.Text.Ner;

/// <summary>
/// Words of page furniture that scraped news pages carry ("Story Continued Below", "Privacy Policy", "Daily
/// Newsletters", "Image copyright Getty Images") and that look like names to a tagger trained on clean text: a mention
/// that is one of them is not a name. "Getty Images" itself is a real organisation (the credit names the agency), so
/// it is relabelled, never dropped.
/// </summary>
internal static class FurnitureNames
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNames = new[]
    {
        "Continued Below", "Story Continued Below", "Continued", "Privacy Policy", "Privacy", "Terms of Service",
        "Terms of Use", "Daily Newsletters", "Manage Newsletters", "Daily Newsletters Manage Newsletters", "Newsletters",
        "Newsletter", "Image", "Image copyright", "Image caption", "Media caption", "Enlarge", "Enlarge this image",
        "Toggle caption", "Hide caption", "Caption", "LLC", "Monitor Stories", "Read More", "Read more", "Sign Up",
        "Subscribe", "Advertisement", "Click", "Click Here", "Share", "Tweet", "Email", "Print", "Comments", "Related",
        "Related Coverage", "Video", "Photo", "Photos", "Watch", "Listen", "Skip", "Close", "Menu", "Story highlights",
        "JUST WATCHED", "MUST WATCH", "Replay", "More Videos", "Copyright",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the mention's text is a furniture word, not a name.</summary>
    public static bool IsFurniture(ReadOnlySpan<char> mention) => NotNames.Contains(mention.Trim());
}
