namespace Dateline.Dedup.Evaluation;

/// <summary>
/// Page furniture as real outlet pages carry it inside the article text (seen in AllSides: Time, CNN, NPR, Politico,
/// The Washington Times, Fox News), in kits of a few lines, for the dev set's furniture-sharing negatives and for
/// copies republished with other furniture.
/// </summary>
public static class FurnitureKits
{
    private static readonly string[] Countries =
    [
        "United States of America", "Afghanistan", "Albania", "Algeria", "American Samoa", "Andorra", "Angola", "Anguilla",
        "Antigua and Barbuda", "Argentina", "Armenia", "Aruba", "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain",
        "Bangladesh", "Barbados", "Belarus", "Belgium", "Belize", "Benin", "Bermuda", "Bhutan", "Bolivia", "Bosnia and Herzegovina",
        "Botswana", "Brazil", "Brunei Darussalam", "Bulgaria", "Burkina Faso", "Burundi", "Cambodia", "Cameroon", "Canada",
        "Cape Verde", "Cayman Islands", "Central African Republic", "Chad", "Chile", "China", "Colombia", "Comoros", "Congo",
        "Costa Rica", "Croatia", "Cuba", "Cyprus", "Czech Republic", "Denmark", "Djibouti", "Dominica", "Dominican Republic",
        "Ecuador", "Egypt", "El Salvador", "Estonia", "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia", "Georgia",
        "Germany", "Ghana", "Greece", "Grenada", "Guatemala", "Guinea", "Guyana", "Haiti", "Honduras", "Hungary", "Iceland",
        "India", "Indonesia", "Iraq", "Ireland", "Israel", "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya",
        "Kuwait", "Latvia", "Lebanon", "Liberia", "Libya", "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia",
        "Mali", "Malta", "Mexico", "Moldova", "Monaco", "Mongolia", "Morocco", "Mozambique", "Namibia", "Nepal", "Netherlands",
        "New Zealand", "Nicaragua", "Niger", "Nigeria", "Norway", "Oman", "Pakistan", "Panama", "Paraguay", "Peru",
        "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Rwanda", "Senegal", "Serbia", "Singapore", "Slovakia",
        "Slovenia", "Somalia", "South Africa", "Spain", "Sri Lanka", "Sudan", "Sweden", "Switzerland", "Thailand", "Togo",
        "Tonga", "Tunisia", "Turkey", "Uganda", "Ukraine", "United Arab Emirates", "United Kingdom", "Uruguay", "Uzbekistan",
        "Venezuela", "Viet Nam", "Yemen", "Zambia", "Zimbabwe",
    ];

    /// <summary>The kits, each a function of the year (copyright lines carry it).</summary>
    private static readonly Func<string, string[]>[] Kits =
    [
        _ =>
        [
            "Get The Brief. Sign up to receive the top stories you need to know right now. Choose your country " + string.Join(' ', Countries)
                + " Please enter a valid email address. Please select your country. I can confirm I have read and accept the Terms Of Use. Please check to proceed. Sign Up Now You may unsubscribe from email communication at any time. See our Privacy Policy for further details.",
            "Contact us at editors@time.com.",
        ],
        year =>
        [
            $"Copyright © {year} The Washington Times, LLC. Click here for reprint permission.",
            "Sign up for Daily Newsletters Manage Newsletters",
        ],
        _ =>
        [
            "Story highlights The president meets with his national security team on Friday",
            "JUST WATCHED What the White House said about the meeting Replay More Videos ... MUST WATCH What the White House said about the meeting 02:14",
            "Photos: The week in politics – President Barack Obama speaks to reporters in the Rose Garden of the White House on Monday. Hide Caption 1 of 12",
            "Photos: The week in politics – Protesters gather outside the Capitol in Washington on Tuesday, demanding a vote on the bill. Hide Caption 2 of 12",
            "Photos: The week in politics – House Speaker John Boehner leaves a closed-door meeting with Republican members on Wednesday. Hide Caption 3 of 12",
        ],
        _ =>
        [
            "Story Continued Below",
            "POLITICO Playbook newsletter Sign up today to receive the #1-rated newsletter in politics Email Sign Up By signing up you agree to receive email newsletters or alerts from POLITICO. You can unsubscribe at any time.",
            "Follow @politico",
        ],
        _ =>
        [
            "Enlarge this image toggle caption J. Scott Applewhite/AP J. Scott Applewhite/AP",
            "Enlarge this image toggle caption Alex Wong/Getty Images Alex Wong/Getty Images",
            "Image copyright Getty Images",
        ],
        year =>
        [
            "CLICK HERE TO GET THE FOX NEWS APP",
            "Get all the latest news on coronavirus and more delivered daily to your inbox. Sign up here.",
            "Advertisement",
            $"Copyright {year} The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
        ],
    ];

    /// <summary>The number of kits.</summary>
    public static int Count => Kits.Length;

    /// <summary>Kit <paramref name="index"/> for <paramref name="year"/>.</summary>
    public static IReadOnlyList<string> Get(int index, string year)
    {
        ArgumentNullException.ThrowIfNull(year);
        return Kits[index % Kits.Length](year);
    }

    /// <summary>One or two kits chosen by <paramref name="random"/>, joined.</summary>
    public static IReadOnlyList<string> Pick(Random random, string year)
    {
        ArgumentNullException.ThrowIfNull(random);
        var first = random.Next(Kits.Length);
        var lines = new List<string>(Get(first, year));
        if (random.NextDouble() < 0.5)
        {
            lines.AddRange(Get((first + 1 + random.Next(Kits.Length - 1)) % Kits.Length, year));
        }

        return lines;
    }
}
