using Dateline.Core.Annotations;

namespace Dateline.Text.Resolution;

/// <summary>
/// A person's single name that two full names of the article share ("Trump" beside "Donald Trump" and "Melania Trump"):
/// it joins one of them only on the evidence of its own title or honorific (gender of "Mrs."/"Mr.", a role word such
/// as "President" that one of them bears in the article), else it stays unresolved with the other bare mentions of
/// that name, for the corpus to judge.
/// </summary>
internal static partial class EntityResolver
{
    /// <summary>Role words too general to tell two people apart ("former", "U.S.", "Democratic").</summary>
    private static readonly HashSet<string> GeneralRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "former", "acting", "interim", "senior", "then", "u.s.", "us", "state", "federal", "county", "city", "national", "district",
        "house", "senate", "white", "democratic", "republican", "gop", "independent", "libertarian", "majority", "minority",
        "vice", "deputy", "assistant", "under", "associate", "chief", "head", "first", "member", "mr.", "mrs.", "ms.",
    };

    /// <summary>
    /// For a one-word person mention matching two or more full-name clusters: the one its evidence picks, else the
    /// cluster of its bare name (or -1 for a new one); <c>null</c> when at most one full-name cluster matches.
    /// </summary>
    private static int? SharedName(List<Cluster> clusters, ClusterIndex index, MentionInfo info)
    {
        if (info.Mention.Label != EntityLabel.PER || info.Tokens.Length != 1)
        {
            return null;
        }

        var token = info.Token(0);
        List<int>? named = null;
        var bare = -1;
        foreach (var id in index.Candidates(info, clusters.Count))
        {
            var cluster = clusters[id];
            if (cluster.Label != EntityLabel.PER || cluster.Glued)
            {
                continue;
            }

            if (cluster.HasFullName(token))
            {
                (named ??= []).Add(id);
            }
            else if (bare < 0 && cluster.IsBare(info.Name))
            {
                bare = id;
            }
        }

        if (named is null)
        {
            return null;
        }

        var roles = RolesOf(info.Title);
        if (named.Count == 1)
        {
            // The one full name of the article with this surname, unless the mention's own title or honorific says
            // another person ("President Trump" beside "Melania Trump, the first lady").
            var only = clusters[named[0]];
            var otherGender = info.Gender != Gender.Unknown && only.Gender() is var gender && gender != Gender.Unknown && gender != info.Gender;
            var otherRole = roles.Count > 0 && only.HasAnyRole() && !only.HasRole(roles);
            return otherGender || otherRole ? bare : null;
        }

        if (info.Gender == Gender.Unknown && roles.Count == 0)
        {
            return bare;
        }

        var chosen = -1;
        foreach (var id in named)
        {
            var cluster = clusters[id];
            if ((info.Gender != Gender.Unknown && cluster.Gender() != info.Gender) || (roles.Count > 0 && !cluster.HasRole(roles)))
            {
                continue;
            }

            if (chosen >= 0)
            {
                return bare;
            }

            chosen = id;
        }

        return chosen >= 0 ? chosen : bare;
    }

    /// <summary>
    /// A person span the recogniser glued across page furniture: a word written twice ("Bernie Sanders Bernie Sanders")
    /// or a capital right after four lower-case letters ("SandersWarren"). It stays an entity of its own.
    /// </summary>
    private static bool IsGlued(MentionInfo info)
    {
        if (info.Mention.Label != EntityLabel.PER || info.Tokens.Length < 2)
        {
            return false;
        }

        for (var i = 0; i < info.Tokens.Length; i++)
        {
            var word = info.Token(i);
            var lower = 0;
            var letters = true;
            foreach (var c in word)
            {
                letters &= char.IsLetter(c) || c is '.' or '\'' or '-';
            }

            foreach (var c in letters ? word : ReadOnlySpan<char>.Empty)
            {
                if (char.IsUpper(c) && lower >= 4)
                {
                    return true;
                }

                lower = char.IsLower(c) ? lower + 1 : 0;
            }

            for (var j = i + 1; j < info.Tokens.Length; j++)
            {
                if (word.Length > 2 && word.Equals(info.Token(j), StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether two names with the same first and last words may be one person: middle names or initials, when both
    /// have them, start alike ("George W. Bush" is not "George H.W. Bush"; "Donald J. Trump" may be "Donald John Trump").
    /// </summary>
    private static bool MiddlesAgree(MentionInfo a, MentionInfo b)
    {
        if (a.Tokens.Length < 3 || b.Tokens.Length < 3)
        {
            return true;
        }

        var middleA = a.Token(1);
        var middleB = b.Token(1);
        var initialA = middleA.Length <= 4 && middleA.EndsWith('.');
        var initialB = middleB.Length <= 4 && middleB.EndsWith('.');
        if (initialA && initialB)
        {
            return middleA.Equals(middleB, StringComparison.OrdinalIgnoreCase);
        }

        return char.ToLowerInvariant(middleA[0]) == char.ToLowerInvariant(middleB[0]);
    }

    /// <summary>The specific role words of a title, lower-cased, dots dropped, abbreviations written out ("Sen." -> "senator").</summary>
    private static List<string> RolesOf(string? title)
    {
        var roles = new List<string>();
        if (string.IsNullOrEmpty(title))
        {
            return roles;
        }

        foreach (var word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!RoleWords.IsRole(word) || GeneralRoles.Contains(word))
            {
                continue;
            }

            var role = word.TrimEnd('.').ToLowerInvariant() switch
            {
                "sen" => "senator",
                "rep" or "congressman" or "congresswoman" => "representative",
                "gov" => "governor",
                "gen" => "general",
                var other => other,
            };
            if (!roles.Contains(role))
            {
                roles.Add(role);
            }
        }

        return roles;
    }

    private sealed partial class Cluster
    {
        /// <summary>Whether a mention of two or more words has this word as its surname or first name.</summary>
        public bool HasFullName(ReadOnlySpan<char> token)
        {
            foreach (var m in _mentions)
            {
                if (m.Tokens.Length >= 2
                    && (m.LastToken.Equals(token, StringComparison.OrdinalIgnoreCase) || m.Token(0).Equals(token, StringComparison.OrdinalIgnoreCase)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether every mention is this one-word name.</summary>
        public bool IsBare(string name)
        {
            foreach (var m in _mentions)
            {
                if (m.Tokens.Length != 1 || !string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            return _mentions.Count > 0;
        }

        /// <summary>The gender its honorifics or its first name imply; unknown when none does or they disagree.</summary>
        public Gender Gender()
        {
            var gender = Resolution.Gender.Unknown;
            foreach (var m in _mentions)
            {
                var own = m.Gender != Resolution.Gender.Unknown ? m.Gender : m.Tokens.Length >= 2 ? NameGender.Of(m.Token(0)) : Resolution.Gender.Unknown;
                if (own == Resolution.Gender.Unknown)
                {
                    continue;
                }

                if (gender != Resolution.Gender.Unknown && gender != own)
                {
                    return Resolution.Gender.Unknown;
                }

                gender = own;
            }

            return gender;
        }

        /// <summary>Whether its first mention is a glued span (its words written twice or run together); nothing joins it.</summary>
        public bool Glued => _mentions.Count > 0 && IsGlued(_mentions[0]);

        /// <summary>Whether one of its mentions has a title with a role word.</summary>
        public bool HasAnyRole()
        {
            foreach (var m in _mentions)
            {
                if (RolesOf(m.Title).Count > 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether one of its mentions has a title with all of these role words.</summary>
        public bool HasRole(List<string> roles)
        {
            foreach (var m in _mentions)
            {
                var own = RolesOf(m.Title);
                if (own.Count > 0 && roles.TrueForAll(own.Contains))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
