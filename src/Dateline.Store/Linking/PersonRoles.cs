namespace Dateline.Store.Linking;

/// <summary>
/// The role words of a person's titles that can tell two people of one surname apart ("President" for "President
/// Clinton", "Sen." read as "senator"), lower-cased; general words ("former", "U.S.", "Democratic", "the") are left out.
/// </summary>
public static class PersonRoles
{
    private static readonly HashSet<string> Roles = new(StringComparer.Ordinal)
    {
        "president", "senator", "representative", "governor", "secretary", "general", "justice", "judge", "speaker", "mayor",
        "lady", "ambassador", "director", "chairman", "chairwoman", "minister", "pope", "king", "queen", "prince", "princess",
        "candidate", "nominee", "counsel", "adviser", "advisor", "spokesman", "spokeswoman", "commissioner", "leader",
    };

    /// <summary>The distinct role words of the titles.</summary>
    public static List<string> Of(IReadOnlyList<string>? titles)
    {
        var roles = new List<string>();
        if (titles is null)
        {
            return roles;
        }

        foreach (var title in titles)
        {
            foreach (var raw in title.Split([' ', '-', ','], StringSplitOptions.RemoveEmptyEntries))
            {
                var word = raw.Trim('.').ToLowerInvariant() switch
                {
                    "sen" => "senator",
                    "rep" or "congressman" or "congresswoman" => "representative",
                    "gov" => "governor",
                    "gen" => "general",
                    var other => other,
                };
                if (Roles.Contains(word) && !roles.Contains(word))
                {
                    roles.Add(word);
                }
            }
        }

        return roles;
    }
}
