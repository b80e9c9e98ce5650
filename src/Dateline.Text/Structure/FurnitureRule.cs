namespace Dateline.Text.Structure;

/// <summary>
/// Recognises lines of page furniture that scraped news pages carry inside the article text: newsletter forms
/// ("Sign up for Daily Newsletters Manage Newsletters", a form listing every country), share and follow prompts,
/// image credits and caption toggles ("Image copyright Getty Images", "Enlarge this image toggle caption", a gallery
/// caption ending "Hide Caption 32 of 43"), "Story Continued Below", "Read more", advertisement markers, cookie and
/// privacy lines, video promos ("JUST WATCHED ... Replay More Videos"), contact lines ("Contact us at
/// editors@time.com") and copyright lines. A line is furniture as a whole or not at all; the rules are anchored on
/// whole lines, prefixes and form wording, so ordinary prose that mentions a newsletter or a policy stays prose.
/// See docs/structure.md.
/// </summary>
internal static class FurnitureRule
{
    /// <summary>Lines longer than this are furniture only by one of the form markers (<see cref="FormMarkers"/>).</summary>
    private const int MaxFolded = 320;

    /// <summary>Whole lines (folded; a trailing ':', '.', '…' or '!' is ignored).</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WholeLines = new HashSet<string>(StringComparer.Ordinal)
    {
        "advertisement", "advertisement continue reading the main story", "continue reading the main story", "ad", "sponsored",
        "story continued below", "story continues below", "article continues below", "continue reading below", "continue reading",
        "read more", "read more here", "more on this", "more on this...", "related", "related coverage", "related content", "related stories",
        "also see", "see also", "more", "recommended", "share", "share this", "share this article", "share this story", "tweet", "email",
        "print", "whatsapp", "pocket", "share this: pocket", "link copied", "copy link", "youtube", "loading", "loading...", "close", "photo",
        "photos", "video", "videos", "watch", "listen", "replay", "more videos", "just watched", "must watch", "story highlights", "skip",
        "comments", "view comments", "toggle caption", "hide caption", "enlarge this image", "image", "[pullquote]", "newsletter",
        "newsletters", "newsletter sign-up", "newsletter sign up", "sign up", "subscribe", "manage newsletters", "follow us",
        "interview highlights", "corrections & amplifications", "more photo galleries", "photo galleries",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Line starts that make a line of at most <see cref="MaxFolded"/> characters furniture.</summary>
    private static readonly string[] Leads =
    [
        "sign up for ", "sign up to ", "sign up here", "sign up today", "subscribe to ", "subscribe here", "subscribe now",
        "newsletter sign", "get the brief", "get breaking news", "get all the latest", "get our free", "get our daily", "get our weekly",
        "get our top", "follow us on", "follow us:", "follow @", "follow cnn", "follow the ticker", "join us on", "click here", "click to get",
        "read more:", "read more at", "read more from", "read the full story", "more:", "related:", "also see:", "watch:", "watch the latest",
        "watch live", "full coverage:", "contact us at", "let us know what you", "got a tip", "image copyright", "media playback is unsupported",
        "enlarge this image", "toggle caption", "hide caption", "story continued below", "story continues below", "article continues below",
        "continue reading below", "continue reading the main story", "advertisement", "just watched", "must watch", "story highlights",
        "slideshow (", "prev image", "next image", "share this article", "share this story", "share on facebook", "share via",
        "this article is more than", "the opinions expressed by", "this is a rush transcript", "copyright ©", "copyright (c)", "©",
        "(c) 19", "(c) 20",
    ];

    /// <summary>Wording of forms and trailers that makes a line of at most <see cref="MaxFolded"/> characters furniture wherever it stands.</summary>
    private static readonly string[] ShortMarkers =
    [
        "all rights reserved", "may not be published, broadcast, rewritten", "click here for reprint", "delivered to your inbox",
        "straight to your inbox", "in your inbox", "our privacy policy", "our cookie policy", "use of cookies", "we use cookies",
        "our terms of service", "our terms of use", "by using this site", "by using this website", "continue reading the main story",
        "do not represent the views of", "for licensing opportunities", "as an interest to stay up to date", "transcripts are created on a rush deadline",
        "read cnnopinion", "flipboard magazine", "manage newsletters", "newsletter sign up", "follow us on twitter", "like us on facebook",
    ];

    /// <summary>Form wording that makes a line of any length furniture (a newsletter form listing every country runs to thousands of characters).</summary>
    private static readonly string[] FormMarkers =
    [
        "choose your country", "by signing up, you agree", "by signing up you agree", "please verify you're not a robot",
        "please verify you’re not a robot", "protected by recaptcha", "replay more videos", "invalid email address. please re-enter",
    ];

    /// <summary>Starts of a line that gives an email address to write to ("Contact us at editors@time.com").</summary>
    private static readonly string[] ContactLeads = ["contact ", "email ", "e-mail ", "send ", "write to ", "let us know", "got a ", "reach ", "questions?", "tips?", "have a "];

    /// <summary>Whether the whole line is page furniture.</summary>
    public static bool IsFurniture(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.IsEmpty)
        {
            return false;
        }

        if (EndsWithGalleryCounter(line) || IsGalleryPromo(line))
        {
            return true;
        }

        if (line.Length > MaxFolded)
        {
            foreach (var marker in FormMarkers)
            {
                if (line.Contains(marker, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        Span<char> buffer = stackalloc char[MaxFolded];
        var folded = Fold(line, buffer);

        // A bullet or dash in front of a prompt ("- Follow the Ticker on Twitter") does not make it prose.
        if (folded.Length > 2 && folded[0] is '-' or '•' or '⦁' or '*' && folded[1] == ' ')
        {
            folded = folded[2..];
        }

        var whole = folded.TrimEnd(":.…! ");
        if (WholeLines.Contains(whole))
        {
            return true;
        }

        foreach (var lead in Leads)
        {
            if (folded.StartsWith(lead, StringComparison.Ordinal))
            {
                return true;
            }
        }

        // A line that quotes someone ("We have updated our privacy policy," she said) is prose, whatever it names.
        var quotes = folded.Contains('"');
        foreach (var marker in ShortMarkers)
        {
            if (!quotes && folded.Contains(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var marker in FormMarkers)
        {
            if (folded.Contains(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return IsCopyright(folded) || IsPromoInParentheses(folded) || IsFollowPrompt(folded) || IsContactLine(folded) || (!quotes && IsSignUpPrompt(folded));
    }

    /// <summary>
    /// Whether a line continues a "Story highlights" block: a short summary line that does not end a sentence
    /// ("Obama did not call the Egyptian military's overthrow of the government a coup").
    /// </summary>
    public static bool IsHighlight(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        return line.Length is > 0 and <= 200 && line[^1] is not ('.' or '?' or '!' or '"' or '\u201D' or ':' or '\'' or '\u2019');
    }

    /// <summary>Whether the line opens a "Story highlights" block.</summary>
    public static bool OpensHighlights(ReadOnlySpan<char> line) => line.TrimStart().StartsWith("Story highlights", StringComparison.OrdinalIgnoreCase);

    /// <summary>"... Hide Caption 32 of 43": a photo-gallery caption.</summary>
    private static bool EndsWithGalleryCounter(ReadOnlySpan<char> line)
    {
        var i = line.Length;
        if (!CountBack(line, ref i) || !WordBack(line, ref i, "of") || !CountBack(line, ref i))
        {
            return false;
        }

        return WordBack(line, ref i, "caption") && (WordBack(line, ref i, "hide") || WordBack(line, ref i, "toggle"));
    }

    /// <summary>
    /// "Top 10 handguns in the U.S. The most prolific makes of handguns ... Shares": a promo for another gallery, its
    /// title and blurb followed by the share counter's label.
    /// </summary>
    private static bool IsGalleryPromo(ReadOnlySpan<char> line) =>
        line.Length <= MaxFolded && line.EndsWith(" Shares", StringComparison.Ordinal) && line.Length > 7
        && !char.IsAsciiDigit(line[^8]) && line[^8] is not (',' or ';');

    private static bool CountBack(ReadOnlySpan<char> line, ref int i)
    {
        while (i > 0 && line[i - 1] == ' ')
        {
            i--;
        }

        var end = i;
        while (i > 0 && char.IsAsciiDigit(line[i - 1]))
        {
            i--;
        }

        return i < end && end - i <= 4;
    }

    private static bool WordBack(ReadOnlySpan<char> line, ref int i, string word)
    {
        while (i > 0 && line[i - 1] == ' ')
        {
            i--;
        }

        if (i < word.Length || !line.Slice(i - word.Length, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        i -= word.Length;
        return true;
    }

    /// <summary>"Copyright 2019 ...", "Copyright © ...", "© 2017 ...": a copyright notice.</summary>
    private static bool IsCopyright(ReadOnlySpan<char> folded)
    {
        if (!folded.StartsWith("copyright", StringComparison.Ordinal))
        {
            return false;
        }

        var rest = folded["copyright".Length..].TrimStart(" ©");
        return rest.Length >= 4 && char.IsAsciiDigit(rest[0]) && char.IsAsciiDigit(rest[1]) && char.IsAsciiDigit(rest[2]) && char.IsAsciiDigit(rest[3]);
    }

    /// <summary>"( PHOTOS: Senators up for election in 2014)": a link to other pages set in parentheses.</summary>
    private static bool IsPromoInParentheses(ReadOnlySpan<char> folded)
    {
        if (folded.Length > 160 || folded[0] != '(' || folded[^1] != ')')
        {
            return false;
        }

        var inner = folded[1..^1].TrimStart();
        return inner.StartsWith("photos:", StringComparison.Ordinal) || inner.StartsWith("photo:", StringComparison.Ordinal)
            || inner.StartsWith("video:", StringComparison.Ordinal) || inner.StartsWith("poll:", StringComparison.Ordinal)
            || inner.StartsWith("also on ", StringComparison.Ordinal) || inner.StartsWith("sign up", StringComparison.Ordinal)
            || inner.StartsWith("full ", StringComparison.Ordinal) || inner.StartsWith("read ", StringComparison.Ordinal)
            || inner.StartsWith("related", StringComparison.Ordinal) || inner.StartsWith("more ", StringComparison.Ordinal);
    }

    /// <summary>"Follow Kevin on Twitter", "Follow @politicalticker Follow @KilloughCNN".</summary>
    private static bool IsFollowPrompt(ReadOnlySpan<char> folded) =>
        folded.Length <= 120 && folded.StartsWith("follow ", StringComparison.Ordinal)
        && (folded.Contains(" on twitter", StringComparison.Ordinal) || folded.Contains(" on facebook", StringComparison.Ordinal)
            || folded.Contains(" on instagram", StringComparison.Ordinal) || folded.Contains('@'));

    /// <summary>"Contact us at editors@time.com.", "Send letters to: letters@suntimes.com.".</summary>
    private static bool IsContactLine(ReadOnlySpan<char> folded)
    {
        if (folded.Length > 200 || !HasEmailAddress(folded))
        {
            return false;
        }

        if (folded.Contains("contact us", StringComparison.Ordinal) || folded.Contains("email us", StringComparison.Ordinal)
            || folded.Contains("write to us", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var lead in ContactLeads)
        {
            if (folded.StartsWith(lead, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A short prompt to sign up or subscribe ("Get Our Top Investigations Subscribe to the Big Story newsletter.");
    /// a sentence of prose that mentions signing up ("Millions sign up for Medicaid") names no newsletter, inbox or email.
    /// </summary>
    private static bool IsSignUpPrompt(ReadOnlySpan<char> folded)
    {
        if (folded.Length > 240 || !(folded.Contains("sign up", StringComparison.Ordinal) || folded.Contains("subscribe", StringComparison.Ordinal)))
        {
            return false;
        }

        return folded.Contains("newsletter", StringComparison.Ordinal) || folded.Contains("inbox", StringComparison.Ordinal)
            || folded.Contains("email", StringComparison.Ordinal) || folded.Contains("alerts", StringComparison.Ordinal);
    }

    private static bool HasEmailAddress(ReadOnlySpan<char> folded)
    {
        var at = folded.IndexOf('@');
        while (at > 0)
        {
            if (char.IsAsciiLetterOrDigit(folded[at - 1]))
            {
                var domain = folded[(at + 1)..];
                var end = 0;
                while (end < domain.Length && (char.IsAsciiLetterOrDigit(domain[end]) || domain[end] is '.' or '-'))
                {
                    end++;
                }

                var host = domain[..end].TrimEnd('.');
                var dot = host.LastIndexOf('.');
                if (dot > 0 && host.Length - dot > 2)
                {
                    return true;
                }
            }

            var next = folded[(at + 1)..].IndexOf('@');
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    /// <summary>Lower case, typographic apostrophes and quotes folded to ASCII, runs of white space as one space.</summary>
    private static ReadOnlySpan<char> Fold(ReadOnlySpan<char> line, Span<char> buffer)
    {
        var length = 0;
        var space = false;
        foreach (var raw in line)
        {
            if (char.IsWhiteSpace(raw))
            {
                space = length > 0;
                continue;
            }

            if (space)
            {
                buffer[length++] = ' ';
                space = false;
            }

            buffer[length++] = raw switch
            {
                '\u2018' or '\u2019' => '\'',
                '\u201C' or '\u201D' => '"',
                _ => char.ToLowerInvariant(raw),
            };
        }

        return buffer[..length];
    }
}
