using AngleSharp.Dom;

namespace Dateline.Html.Extraction;

/// <summary>
/// Removes furniture from the tree: junk tags (scripts, navigation, headers, footers, asides, forms' controls),
/// hidden elements, and, when asked, elements whose class, id or role marks them as furniture. Elements on
/// the way to the headline or to <c>itemprop=articleBody</c> are kept, and so is a wrapper whose class
/// happens to carry a furniture word when it holds most of the page's paragraph text.
/// </summary>
internal sealed class Pruner
{
    private readonly HashSet<IElement> _keep;
    private readonly bool _byClass;
    private readonly TextWriter? _trace;
    private int _pageParagraphText = -1;

    public Pruner(HashSet<IElement> keep, bool byClass, TextWriter? trace)
    {
        _keep = keep;
        _byClass = byClass;
        _trace = trace;
    }

    public void Prune(IElement root)
    {
        _pageParagraphText = ParagraphText(root);
        Walk(root);
    }

    private void Walk(IElement element)
    {
        var child = element.FirstElementChild;
        while (child is not null)
        {
            var next = child.NextElementSibling;
            if (IsFurniture(child))
            {
                _trace?.WriteLine($"pruned: {HtmlArticleExtractor.Describe(child)}");
                child.Remove();
            }
            else
            {
                Walk(child);
            }

            child = next;
        }
    }

    private bool IsFurniture(IElement element)
    {
        if (_keep.Contains(element))
        {
            return false;
        }

        var tag = element.LocalName;
        if (BoilerplateRules.JunkTags.Contains(tag))
        {
            // A header inside the article holds its lead paragraph; one that holds the article
            // (some sites wrap everything in one) is kept too.
            return !(tag is "header" && (element.Closest("article, main, [itemprop~=articleBody]") is not null || HoldsPage(element)));
        }

        if (BoilerplateRules.IsHidden(element))
        {
            return true;
        }

        if (!_byClass || tag is "body" or "html" or "main" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" || !BoilerplateRules.IsNegative(element))
        {
            return false;
        }

        return !HoldsPage(element) || IsCommentLike(element);
    }

    private bool HoldsPage(IElement element)
    {
        var text = ParagraphText(element);
        return text >= 400 && text * 2 >= _pageParagraphText;
    }

    /// <summary>The length of text in paragraphs under the element.</summary>
    private static int ParagraphText(IElement element)
    {
        var total = 0;
        foreach (var p in element.GetElementsByTagName("p"))
        {
            total += p.TextContent.Length;
        }

        return total;
    }

    private static bool IsCommentLike(IElement element)
    {
        var value = (element.ClassName ?? string.Empty) + " " + (element.Id ?? string.Empty);
        return value.Contains("comment", StringComparison.OrdinalIgnoreCase) || value.Contains("kommentar", StringComparison.OrdinalIgnoreCase);
    }
}
