using AngleSharp.Dom;

namespace Dateline.Html.Extraction;

/// <summary>
/// Finds the furniture in the tree: junk tags (scripts, navigation, headers, footers, asides, forms' controls),
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

    private readonly HashSet<IElement> _pruned = new(ReferenceEqualityComparer.Instance);

    /// <summary>The furniture elements under <paramref name="root"/> (their subtrees are furniture too). The tree is not changed.</summary>
    public HashSet<IElement> Prune(IElement root)
    {
        _pageParagraphText = ParagraphText(root, inParagraph: false);
        Walk(root);
        return _pruned;
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
                _pruned.Add(child);
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
            return !(tag is "header" && (InsideArticle(element) || HoldsPage(element)));
        }

        if (element.Attributes.Length == 0)
        {
            // No hidden, style, role, class or id: nothing else can mark it.
            return false;
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
        // Measured on demand: only furniture candidates ask, and their subtrees are not walked again.
        var text = ParagraphText(element, inParagraph: InParagraph(element));
        return text >= 400 && text * 2 >= _pageParagraphText;
    }

    private static bool InsideArticle(IElement element)
    {
        for (var ancestor = element.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (ancestor.LocalName is "article" or "main" || (ancestor.GetAttribute("itemprop")?.Contains("articleBody", StringComparison.OrdinalIgnoreCase) ?? false))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The length of text inside paragraphs (<c>p</c>) under <paramref name="element"/>.</summary>
    private static int ParagraphText(IElement element, bool inParagraph)
    {
        inParagraph |= element.LocalName == "p";
        var total = 0;
        for (var node = element.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is IElement child)
            {
                total += ParagraphText(child, inParagraph);
            }
            else if (inParagraph && node is IText text)
            {
                total += text.Data.Length;
            }
        }

        return total;
    }

    private static bool InParagraph(IElement element)
    {
        for (var ancestor = element.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (ancestor.LocalName == "p")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCommentLike(IElement element)
    {
        var value = (element.ClassName ?? string.Empty) + " " + (element.Id ?? string.Empty);
        return value.Contains("comment", StringComparison.OrdinalIgnoreCase) || value.Contains("kommentar", StringComparison.OrdinalIgnoreCase);
    }
}
