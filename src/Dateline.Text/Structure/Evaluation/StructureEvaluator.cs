using System.Text;
using Dateline.Core.Annotations;

namespace Dateline.Text.Structure.Evaluation;

/// <summary>
/// Scores the structure stage on Reuters-21578: each document is rendered as a raw article
/// (<see cref="ReutersDocument.Render"/>), structured, and compared field by field with its SGML:
/// headline with TITLE (whitespace normalised); dateline place with the place part of DATELINE (the text
/// before the first comma, or before the dash when there is no comma; ignoring case; documents whose DATELINE
/// names no place, such as "APRIL 7 -" or table rows, are not scored); authors with AUTHOR ("By Peter Torday,
/// Reuters" is ["Peter Torday"]: "By" and a final "Reuters" dropped, names split at commas and "and"; none
/// without AUTHOR; ignoring case); agency with "Reuters" for every document.
/// </summary>
public sealed class StructureEvaluator
{
    private readonly StructureStage _stage;
    private readonly Action<StructureMiss>? _onMiss;
    private FieldScore _headline;
    private FieldScore _place;
    private FieldScore _authors;
    private FieldScore _agency;
    private int _documents;

    public StructureEvaluator(StructureStage? stage = null, Action<StructureMiss>? onMiss = null)
    {
        _stage = stage ?? new StructureStage();
        _onMiss = onMiss;
    }

    public StructureScores Scores => new(_documents, _headline, _place, _authors, _agency);

    public void Add(ReutersDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Render();
        var structure = _stage.Analyze(text);
        _documents++;

        var expectedTitle = NormalizeSpace(document.Title ?? string.Empty);
        var actualTitle = structure.Headline is { } headline ? NormalizeSpace(headline.GetText(text)) : string.Empty;
        _headline = Score(_headline, document, "headline", expectedTitle, actualTitle, StringComparison.Ordinal);

        if (GoldPlace(document.Dateline) is { } place)
        {
            _place = Score(_place, document, "datelinePlace", place, NormalizeSpace(structure.Dateline?.Place ?? string.Empty), StringComparison.OrdinalIgnoreCase);
        }

        var expectedAuthors = string.Join("; ", GoldAuthors(document.Author));
        _authors = Score(_authors, document, "authors", expectedAuthors, string.Join("; ", structure.Authors), StringComparison.OrdinalIgnoreCase);
        _agency = Score(_agency, document, "agency", "Reuters", structure.Agency ?? string.Empty, StringComparison.Ordinal);
    }

    /// <summary>The place part of a Reuters DATELINE ("TOKYO" from "TOKYO, March 3 - "), or null when it names no place.</summary>
    public static string? GoldPlace(string dateline)
    {
        ArgumentNullException.ThrowIfNull(dateline);
        var text = dateline.AsSpan().Trim();
        var cut = text.IndexOf(',');
        if (cut < 0)
        {
            cut = text.IndexOf('-');
        }

        var place = (cut < 0 ? text : text[..cut]).Trim();
        if (place.Length == 0 || place.ContainsAnyInRange('0', '9') || !char.IsLetter(place[0]))
        {
            return null;
        }

        var space = place.IndexOf(' ');
        return MonthNames.Parse(space < 0 ? place : place[..space]) > 0 ? null : NormalizeSpace(place.ToString());
    }

    /// <summary>The authors an AUTHOR field names ("By Norma Cohen and Geert Linnebank, Reuters"); empty when none.</summary>
    public static IReadOnlyList<string> GoldAuthors(string? author)
    {
        if (string.IsNullOrWhiteSpace(author))
        {
            return [];
        }

        var text = author.Trim().TrimEnd('.');
        if (text.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
        {
            text = text[3..];
        }

        var cut = text.LastIndexOfAny([',', ' ']);
        if (cut >= 0 && text[(cut + 1)..].Trim() is var tail && (tail.Equals("Reuters", StringComparison.OrdinalIgnoreCase) || tail.Equals("Reuter", StringComparison.OrdinalIgnoreCase)))
        {
            text = text[..cut];
        }

        return text.Replace(" and ", ",", StringComparison.OrdinalIgnoreCase)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public static string NormalizeSpace(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var range in text.AsSpan().Trim().SplitAny(" \t\r\n"))
        {
            var word = text.AsSpan().Trim()[range];
            if (word.Length > 0)
            {
                if (builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(word);
            }
        }

        return builder.ToString();
    }

    private FieldScore Score(FieldScore score, ReutersDocument document, string field, string expected, string actual, StringComparison comparison)
    {
        var correct = string.Equals(expected, actual, comparison);
        if (!correct)
        {
            _onMiss?.Invoke(new StructureMiss(document.NewId, field, expected, actual));
        }

        return score.Add(correct);
    }
}
