using Dateline.Core;
using Dateline.Dedup.Evaluation;
using Dateline.Text.Structure;

namespace Dateline.Dedup.Tests;

/// <summary>Copies share the article's own text; page furniture shared by two pages of one outlet does not make a copy.</summary>
public sealed class FurnitureCopyTests
{
    private readonly CopySigner _signer = new();
    private readonly CopyComparer _comparer = new();
    private readonly StructureStage _structure = new();

    private CopySignature Sign(string text) =>
        _signer.Sign(_structure.Process(new Document(text.GetHashCode(StringComparison.Ordinal).ToString(System.Globalization.CultureInfo.InvariantCulture), text, new DocumentSource("mem", "text", 0, 1)), CancellationToken.None));

    private static string WithFurniture(IEnumerable<string> paragraphs, IReadOnlyList<string> furniture)
    {
        var list = paragraphs.ToList();
        for (var i = 0; i < furniture.Count; i++)
        {
            list.Insert(Math.Min(list.Count, 1 + (i * 2)), furniture[i]);
        }

        return Stories.Join(list);
    }

    [Fact]
    public void Different_articles_sharing_page_furniture_are_not_copies()
    {
        // Time's newsletter form (a paragraph listing every country) and CNN's gallery and video blocks are longer
        // than the two short stories' own text together.
        var kit = FurnitureKits.Get(0, "2019").Concat(FurnitureKits.Get(1, "2019")).Concat(FurnitureKits.Get(2, "2019")).ToList();
        var a = WithFurniture(Stories.Budget.Take(4), kit);
        var b = WithFurniture(Stories.OtherBudget.Take(4), kit);
        var left = Sign(a);
        var right = Sign(b);
        var match = CopyComparer.Compare(left, right);
        Assert.False(_comparer.IsCopy(match, left, right), $"containment {match.Containment}, shared paragraphs {match.SharedParagraphs}");

        // Signed as plain text (no structure layer), the furniture is what they share.
        var plainLeft = _signer.Sign(a);
        var plainRight = _signer.Sign(b);
        Assert.True(_comparer.IsCopy(CopyComparer.Compare(plainLeft, plainRight), plainLeft, plainRight));
    }

    [Fact]
    public void A_syndicated_copy_with_different_furniture_is_a_copy()
    {
        var original = WithFurniture(Stories.Budget, FurnitureKits.Get(3, "2019"));
        var copy = WithFurniture(Stories.Budget.Take(10), FurnitureKits.Get(4, "2019").Concat(FurnitureKits.Get(5, "2019")).ToList());
        var left = Sign(original);
        var right = Sign(copy);
        Assert.True(_comparer.IsCopy(CopyComparer.Compare(left, right), left, right));
    }

    [Fact]
    public void Furniture_does_not_change_the_exact_hash()
    {
        var plain = Sign(Stories.Join(Stories.Budget));
        var furnished = Sign(WithFurniture(Stories.Budget, FurnitureKits.Get(1, "2019").Concat(FurnitureKits.Get(3, "2019")).ToList()));
        Assert.Equal(plain.ExactHash, furnished.ExactHash);
    }
}
