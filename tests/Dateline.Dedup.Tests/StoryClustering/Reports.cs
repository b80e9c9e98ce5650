namespace Dateline.Dedup.Tests.StoryClustering;

/// <summary>Invented reports, written for these tests: one event told by three outlets in their own words, and other events sharing its names.</summary>
internal static class Reports
{
    public static readonly string[] DamLeft =
    [
        "Dam failure forces thousands to flee in Oroville valley",
        "Thousands of residents below the Oroville Dam were ordered to evacuate on Sunday after engineers found a widening crack in the dam's concrete spillway, officials said.",
        "The Butte County sheriff, Kory Honea, said water was pouring through the damaged spillway faster than crews could repair it, and warned that the emergency spillway could erode.",
        "Evacuation centers opened in Chico and Yuba City as traffic backed up for miles on the highways leading out of the valley.",
    ];

    public static readonly string[] DamCentre =
    [
        "Oroville Dam spillway crack prompts mass evacuation",
        "Authorities ordered the evacuation of communities downstream of the Oroville Dam on Sunday, saying erosion of the emergency spillway threatened to release a torrent of water into the Feather River.",
        "Sheriff Kory Honea of Butte County told reporters that the spillway crack had grown overnight and that residents of Oroville, Gridley and Marysville should leave immediately.",
        "State water officials said they were releasing water from the reservoir as fast as possible to lower the level behind the dam.",
    ];

    public static readonly string[] DamRight =
    [
        "Evacuations ordered as Oroville Dam spillway erodes",
        "Residents of towns below California's Oroville Dam fled on Sunday after officials warned that the eroding emergency spillway could fail within hours, sending floodwater down the Feather River valley.",
        "Butte County Sheriff Kory Honea ordered the evacuation, and shelters filled in Chico as the reservoir behind the dam, the tallest in the country, stood near its crest.",
    ];

    /// <summary>The same sheriff and county, another event.</summary>
    public static readonly string[] SheriffBudget =
    [
        "Butte County supervisors approve sheriff's budget for new patrol cars",
        "The Butte County Board of Supervisors approved a budget on Tuesday that gives Sheriff Kory Honea money for twelve new patrol cars and four deputies in Oroville and Chico.",
        "Supervisors debated the cost of overtime pay for jail staff, which has risen sharply since a state law moved more inmates to county jails.",
        "The budget also funds a new radio system for firefighters and a pay raise for library workers.",
    ];

    /// <summary>Another event entirely.</summary>
    public static readonly string[] Election =
    [
        "Mayor wins second term in low-turnout election",
        "Voters in Springfield returned Mayor Alicia Grant to office on Tuesday, giving her a second term after a quiet campaign dominated by potholes and property taxes.",
        "Turnout was the lowest in two decades, election officials said, with fewer than one in five registered voters casting a ballot.",
    ];
}
