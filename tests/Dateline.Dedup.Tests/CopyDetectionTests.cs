namespace Dateline.Dedup.Tests;

public sealed class CopyDetectionTests
{
    private readonly CopySigner _signer = new();
    private readonly CopyComparer _comparer = new();

    private bool AreCopies(string a, string b, string? titleA = null, string? titleB = null)
    {
        var left = _signer.Sign(a, titleA);
        var right = _signer.Sign(b, titleB);
        return _comparer.IsCopy(CopyComparer.Compare(left, right), left, right);
    }

    [Fact]
    public void Exact_copy_has_the_same_exact_hash_and_is_a_copy()
    {
        var text = Stories.Join(Stories.Budget);
        var a = _signer.Sign(text, Stories.Headline);
        var b = _signer.Sign(text, Stories.Headline);
        Assert.Equal(a.ExactHash, b.ExactHash);
        Assert.True(CopyComparer.Compare(a, b).Exact);
        Assert.True(_comparer.IsCopy(CopyComparer.Compare(a, b), a, b));
    }

    [Fact]
    public void Typographic_quotes_dashes_case_and_spacing_do_not_change_the_exact_hash()
    {
        var text = Stories.Join(Stories.Budget);
        var plain = text.Replace('“', '"').Replace('”', '"').Replace('’', '\'').Replace("—", "--").Replace(" ", "  ").ToUpperInvariant();
        Assert.Equal(_signer.Sign(text).ExactHash, _signer.Sign(plain).ExactHash);
    }

    [Fact]
    public void Trimmed_copy_with_six_of_fifteen_paragraphs_is_a_copy()
    {
        var full = Stories.Join(Stories.Budget);
        var cut = Stories.Join(Stories.Budget.Take(6));
        var match = CopyComparer.Compare(_signer.Sign(full), _signer.Sign(cut));
        Assert.False(match.Exact);
        Assert.True(match.Jaccard < 0.6, $"Jaccard {match.Jaccard} should be low for a 6/15 cut");
        Assert.True(AreCopies(full, cut));
    }

    [Fact]
    public void Extended_copy_with_a_local_paragraph_is_a_copy()
    {
        var local = "The Albuquerque school board will meet Tuesday to discuss how the new money would be spent in the city's 140 schools, district officials said.";
        var extended = Stories.Budget.Take(9).Append(local).Concat(Stories.Budget.Skip(9));
        Assert.True(AreCopies(Stories.Join(Stories.Budget), Stories.Join(extended)));
    }

    [Fact]
    public void Re_headlined_copy_with_a_new_dateline_is_a_copy_and_its_headline_change_is_reported()
    {
        var rewritten = Stories.Budget.ToArray();
        rewritten[0] = rewritten[0].Replace("SANTA FE, N.M. (AP) — ", "ALBUQUERQUE, N.M. - ", StringComparison.Ordinal);
        var original = _signer.Sign(Stories.Join(Stories.Budget), Stories.Headline);
        var copy = _signer.Sign(Stories.Join(rewritten), "New Mexico budget boosts schools, raises for workers");
        Assert.True(CopyComparer.Compare(original, copy).Exact, "the dateline is not part of the compared body");
        var diff = CopyDiff.Between(original, copy);
        Assert.True(diff.HeadlineChanged);
        Assert.Empty(diff.ParagraphsCut);
        Assert.Empty(diff.ParagraphsAdded);
    }

    [Fact]
    public void Copy_that_differs_only_by_boilerplate_has_the_same_exact_hash()
    {
        var text = Stories.Join(Stories.Budget);
        var withBoilerplate = text
            + "\n\nCopyright 2017 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed."
            + "\n\nSign up for our Morning Briefing newsletter to get the day's top stories in your inbox.";
        Assert.Equal(_signer.Sign(text).ExactHash, _signer.Sign(withBoilerplate).ExactHash);
    }

    [Fact]
    public void Different_story_on_the_same_topic_is_not_a_copy()
    {
        var a = _signer.Sign(Stories.Join(Stories.Budget));
        var b = _signer.Sign(Stories.Join(Stories.OtherBudget));
        var match = CopyComparer.Compare(a, b);
        Assert.True(match.Containment < 0.2, $"containment {match.Containment}");
        Assert.False(_comparer.IsCopy(match, a, b));
    }

    [Fact]
    public void Lightly_edited_copy_is_a_copy()
    {
        var edited = Stories.Budget.Select(p => p.Replace(" said ", " says ", StringComparison.Ordinal).Replace("nearly", "almost", StringComparison.Ordinal));
        Assert.True(AreCopies(Stories.Join(Stories.Budget), Stories.Join(edited)));
    }

    [Fact]
    public void Signatures_are_deterministic_across_signer_instances()
    {
        var text = Stories.Join(Stories.Budget);
        var a = new CopySigner().Sign(text, Stories.Headline);
        var b = new CopySigner().Sign(text, Stories.Headline);
        Assert.Equal(a.ToBytes(), b.ToBytes());
        Assert.Equal(a.ToBytes(), CopySignature.FromBytes(a.ToBytes()).ToBytes());
    }

    [Fact]
    public void Empty_text_has_an_empty_signature_that_matches_nothing()
    {
        var empty = _signer.Sign("   \n\n ");
        var full = _signer.Sign(Stories.Join(Stories.Budget));
        Assert.True(empty.IsEmpty);
        Assert.False(_comparer.IsCopy(CopyComparer.Compare(empty, full), empty, full));
    }
}
