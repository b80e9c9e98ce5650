using System.Collections.Frozen;

namespace Dateline.Text.Resolution;

/// <summary>The usual gender of common English given names (a hand-written list of frequent names), for pronoun resolution.</summary>
internal static class NameGender
{
    private static readonly FrozenDictionary<string, Gender> Names = Build();

    private static readonly FrozenDictionary<string, Gender>.AlternateLookup<ReadOnlySpan<char>> Lookup = Names.GetAlternateLookup<ReadOnlySpan<char>>();

    public static Gender Of(ReadOnlySpan<char> firstName) => Lookup.TryGetValue(firstName, out var gender) ? gender : Gender.Unknown;

    private static FrozenDictionary<string, Gender> Build()
    {
        const string male = "aaron adam alan albert alex alexander andrew anthony antonio arthur barack ben benjamin bernie bill billy bob bobby "
            + "brad bradley brandon brian bruce bryan carl carlos charles charlie chris christopher chuck clarence craig dale dan daniel "
            + "danny darrell dave david dennis derek dick don donald doug douglas dwight earl ed eddie edward eric ernest eugene frank "
            + "fred gary george gerald glenn gordon greg gregory harold harry henry herbert howard hugh ian isaac jack jacob jake james "
            + "jared jason jay jeb jeff jeffrey jeremy jerry jesse jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh "
            + "joshua juan justin keith ken kenneth kevin kyle larry lawrence lee leon louis luis marco marcus mark martin matt "
            + "matthew michael mike mitch mitt nathan neil nicholas nick noah oliver patrick paul pete peter phil philip ralph randy "
            + "ray raymond reince richard rick rob robert robby roger ron ronald roy rudy russell ryan sam samuel scott sean sergei "
            + "stephen steve steven stuart ted terry thomas tim timothy todd tom tony travis tyler vincent vladimir walter wayne "
            + "william willie xi zachary newt rand jeremiah elijah ahmed mohammed muhammad omar hassan ali benjamin bashar "
            + "emmanuel francois boris nigel recep narendra shinzo justin jens mahmoud yitzhak ehud moshe hugo enrique "
            + "pablo diego alejandro fernando ricardo rafael andres javier miguel pedro sergio hector";
        const string female = "abigail alice alicia allison amanda amber amy andrea angela ann anna anne barbara betsy betty beverly brenda "
            + "brittany carly carol caroline carolyn catherine cathy cheryl christina christine cindy claire claudia cynthia dana "
            + "danielle deborah debbie debra denise diana diane donna doris dorothy elaine elizabeth ellen emily emma erin evelyn "
            + "frances gloria grace hannah heather heidi helen hillary hope huma irene jacqueline jane janet janice jean jennifer "
            + "jessica jill joan joanne jodi joyce judith judy julia julie karen katherine kathleen kathryn kathy katie kayleigh "
            + "kellyanne kelly kim kimberly kirsten kristen laura lauren linda lisa lois loretta lori louise lynn margaret maria "
            + "marie marilyn marsha martha mary megan melania melissa michele michelle nancy natalie nicole nikki olivia pam pamela "
            + "patricia paula peggy rachel rebecca rose ruth samantha sandra sara sarah sharon shirley stephanie susan susana tammy "
            + "teresa theresa tiffany tina tulsi valerie victoria virginia wendy ivanka chelsea condoleezza madeleine "
            + "theresa sonia elena carmen lucia isabel sofia ana gabriela angelique marine";
        var names = new Dictionary<string, Gender>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in male.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            names[name] = Gender.Male;
        }

        foreach (var name in female.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            names[name] = Gender.Female;
        }

        return names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
