namespace Dateline.Dedup.Tests;

/// <summary>Two invented wire stories on the same topic (a state budget), written for these tests.</summary>
internal static class Stories
{
    public const string Headline = "Lawmakers pass state budget after marathon session";

    public static readonly string[] Budget =
    [
        "SANTA FE, N.M. (AP) — New Mexico lawmakers approved a $6.3 billion state budget early Friday after a marathon overnight session that stretched past the constitutional deadline by several hours.",
        "The spending plan, which passed the House on a 44-24 vote and the Senate 29-12, increases funding for public schools by nearly 9 percent and gives most state employees a 4 percent raise.",
        "“This is a budget that finally puts our children first,” said House Speaker Brian Egolf, a Santa Fe Democrat, as members gathered their papers shortly before dawn.",
        "Republicans criticized the plan for drawing down reserves at a time when oil prices, which supply roughly a third of the state's general fund, remain volatile.",
        "Senate Minority Leader Stuart Ingle said the state was repeating the mistakes of 2016, when a collapse in oil revenue forced emergency cuts to universities and hospitals.",
        "The budget sets aside $180 million for early childhood programs, including home visits for new parents and an expansion of prekindergarten classrooms in rural districts.",
        "It also includes money to hire additional caseworkers at the Children, Youth and Families Department, which has struggled with turnover and a backlog of abuse investigations.",
        "Gov. Michelle Lujan Grisham has until early next month to sign the bill and can veto individual line items, a power previous governors used to strike dozens of projects.",
        "A spokeswoman for the governor said she was reviewing the package and praised lawmakers for prioritizing teacher pay, one of her central campaign promises.",
        "Lawmakers also approved a separate capital outlay bill that will pay for road repairs, senior centers and water projects in nearly every county.",
        "Environmental groups were disappointed that a proposed tax on methane emissions from oil and gas wells was dropped during final negotiations between the two chambers.",
        "The session was marked by tense debates over firearms and a failed effort to repeal the state's dormant abortion ban, which opponents vowed to revive next year.",
        "Several members said they had not slept in more than 24 hours by the time the final gavel fell, and the chamber's coffee urns had run dry around 3 a.m.",
        "Economists at the Legislative Finance Committee warned that recurring spending now exceeds projected recurring revenue by the 2022 fiscal year unless the economy grows faster than expected.",
        "The next regular session, a shorter 30-day meeting focused on the budget, begins in January.",
    ];

    public static readonly string[] OtherBudget =
    [
        "PHOENIX (AP) — Arizona's Senate adjourned without passing a state budget on Thursday, leaving agencies uncertain about funding as the fiscal year nears its end.",
        "Senate President Karen Fann said negotiations with the House had stalled over how much to spend on highways and whether to expand a private school voucher program.",
        "“We are not going to rush a spending plan just to meet an arbitrary date,” Fann told reporters outside the chamber late in the evening.",
        "Gov. Doug Ducey, a Republican, has proposed an $11.8 billion plan that would pay off a portion of the state's pension debt and build a new prison in Yuma.",
        "Democrats say the governor's proposal shortchanges public schools, which still receive less per student than before the recession a decade ago.",
        "The state faces a government shutdown on July 1 if no budget is signed, although leaders in both parties said they expected a deal within two weeks.",
        "Teachers who walked out of classrooms last spring have promised to return to the Capitol if lawmakers cut into the raises they won after a weeklong strike.",
        "Business groups urged lawmakers to keep a tax conformity measure that would prevent many families from paying more in state income tax because of federal changes.",
        "The Joint Legislative Budget Committee projects a surplus of about $1 billion, much of it one-time money from higher sales tax collections.",
        "House Speaker Rusty Bowers said his members would wait for the Senate to act before voting on any of the dozen budget bills already drafted.",
    ];

    public static string Join(IEnumerable<string> paragraphs) => string.Join("\n\n", paragraphs);
}
