using System.Text.RegularExpressions;

namespace Dateline.Html.Extraction;

/// <summary>
/// Recognises a comment section by what it says rather than by its class: commenter lines ("Anna says:",
/// "Peter schrieb:"), reply links ("Reply", "Antworten", "Répondre"), comment time stamps ("at 10:32 pm",
/// "um 14:05 Uhr") and the reply form ("Leave a Reply", "Your email address will not be published", "Kommentar
/// schreiben"). A block is comment-like when such marks are dense: many per thousand characters, as in a list of
/// short comments, and unlike an article that quotes a time or says "reply" once.
/// </summary>
internal static partial class CommentPatterns
{
    /// <summary>Marks per 1,000 characters from which a block counts as comments.</summary>
    private const double Density = 3.0;

    /// <summary>At least this many marks.</summary>
    private const int AtLeast = 5;

    /// <summary>Only the first this many characters of a block are read (comments show their marks early).</summary>
    private const int Window = 6_000;

    public static bool IsCommentLike(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > Window)
        {
            text = text[..Window];
        }

        var marks = Marks().Count(text);
        return marks >= AtLeast && marks * 1000.0 / Math.Max(text.Length, 1) >= Density;
    }

    [GeneratedRegex(
        @"\b(?:says|said|wrote|sagt|schreibt|schrieb|meint|dit|a écrit|escribió|dice|scrive|napisał)\s*:"
        + @"|(?<!\w)(?:Reply|Antworten|Antwort|Répondre|Responder|Rispondi|Odpowiedz)(?!\w)"
        + @"|\b(?:at|um|à|a las|alle)\s+[0-2]?\d[:.][0-5]\d\s*(?:am|pm|Uhr|h)?\b"
        + @"|\b[0-2]?\d:[0-5]\d\s*(?:am|pm)\b"
        + @"|Leave a (?:Reply|Comment)|Your email address will not be published|Kommentar (?:schreiben|verfassen|hinterlassen)|Ihre E-Mail-Adresse wird nicht veröffentlicht|Laisser un commentaire|Deja un comentario",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Marks();
}
