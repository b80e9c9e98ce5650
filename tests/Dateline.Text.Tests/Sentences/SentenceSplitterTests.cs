using Dateline.Testing;
using Dateline.Text.Sentences;
using Dateline.Text.Tokenization;

namespace Dateline.Text.Tests.Sentences;

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var tokens = NewsTokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        AnnotationAssert.SpansAreValid(text, sentences.Select(s => s.Span));
        foreach (var sentence in sentences)
        {
            Assert.Equal(tokens[sentence.FirstToken].Span.Start, sentence.Span.Start);
            Assert.Equal(tokens[sentence.FirstToken + sentence.TokenCount - 1].Span.End, sentence.Span.End);
        }

        return sentences.Select(s => s.Span.GetText(text)).ToArray();
    }

    [Fact]
    public void Month_and_country_abbreviations_do_not_end_a_sentence()
    {
        Assert.Equal(
            ["In this Aug. 1, 2016 photo, U.S. Attorney General Jeff Sessions speaks.", "He left."],
            Sentences("In this Aug. 1, 2016 photo, U.S. Attorney General Jeff Sessions speaks. He left."));
    }

    [Fact]
    public void Closing_quotes_stay_inside_their_sentence()
    {
        Assert.Equal(
            ["He is \"determined to make misery in the lives of immigrant families.\"", "Next came more."],
            Sentences("He is \"determined to make misery in the lives of immigrant families.\" Next came more."));
    }

    [Fact]
    public void A_question_inside_quotes_followed_by_lower_case_continues_the_sentence()
    {
        Assert.Equal(["“Why now?” he asked.", "Nobody knew."], Sentences("“Why now?” he asked. Nobody knew."));
    }

    [Fact]
    public void Abbreviation_followed_by_a_sentence_opener_ends_the_sentence()
    {
        Assert.Equal(["They moved to the U.S.", "The rest stayed."], Sentences("They moved to the U.S. The rest stayed."));
    }

    [Fact]
    public void Blank_lines_always_end_a_sentence()
    {
        Assert.Equal(
            ["ACLU-NM decries Sessions 'sanctuary' demands", "By RUSSELL CONTRERAS Associated Press", "ALBUQUERQUE, N.M.", "The union spoke."],
            Sentences("ACLU-NM decries Sessions 'sanctuary' demands\n\nBy RUSSELL CONTRERAS Associated Press\n \nALBUQUERQUE, N.M.\n\nThe union spoke."));
    }

    [Fact]
    public void Empty_text_has_no_sentences()
    {
        Assert.Empty(Sentences("   \n "));
    }
}
