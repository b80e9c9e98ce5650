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
            if (cluster.Label != EntityLabel.PER)
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

        if (named is null || named.Count < 2)
        {
            return null;
        }

        var roles = RolesOf(info.Title);
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
