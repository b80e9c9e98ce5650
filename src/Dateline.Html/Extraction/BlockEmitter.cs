using AngleSharp.Dom;

namespace Dateline.Html.Extraction;

/// <summary>
/// Walks the chosen containers in document order and writes their text as paragraphs: a block element
/// (p, div, li, h2, td ...) or a line break ends a paragraph; link lists and link-heavy blocks inside the
/// article are left out, as Readability's conditional cleaning does.
/// </summary>
internal sealed class BlockEmitter
{
    private readonly ArticleTextWriter _writer;
    private readonly Dictionary<IElement, NodeStats> _stats;
    private readonly IElement? _headline;
    private int _anchor;
    private readonly bool _byClass;
    private int _rootLength;

    public BlockEmitter(ArticleTextWriter writer, Dictionary<IElement, NodeStats> stats, IElement? headline, bool fallback, bool byClass)
    {
        _writer = writer;
        _stats = stats;
        _headline = headline;
        Fallback = fallback;
        _byClass = byClass;
    }

    public bool Fallback { get; }

    public void EmitHeadline(IElement headline)
    {
        _writer.EndParagraph();
        Walk(headline, suppress: false, isRoot: true, headlineMode: true);
        _writer.EndParagraph();
    }

    public void Emit(IElement element, bool isRoot)
    {
        _rootLength = _stats.TryGetValue(element, out var root) ? root.TextLength : 0;
        Walk(element, suppress: false, isRoot, headlineMode: false);
    }

    private void Walk(IElement element, bool suppress, bool isRoot, bool headlineMode)
    {
        if (!headlineMode && element == _headline)
        {
            return;
        }

        if (element.SourceReference is { } reference)
        {
            _anchor = Math.Max(_anchor, reference.Position.Index);
        }

        var tag = element.LocalName;
        var block = BoilerplateRules.BlockTags.Contains(tag);
        if (block)
        {
            _writer.EndParagraph();
            if (tag is "br" or "hr")
            {
                return;
            }

            _stats.TryGetValue(element, out var stats);
            if (!isRoot && !headlineMode && stats is not null && IsClutter(element, stats))
            {
                return;
            }

            suppress = !headlineMode && stats is not null && stats.InlineLength > 0 && stats.InlineLinkDensity > 0.5 && !IsInlineLinkText(element, stats);
        }

        for (var node = element.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is IText text)
            {
                if (!suppress)
                {
                    _writer.Append(text.Data, _anchor);
                }
            }
            else if (node is IElement child && _stats.ContainsKey(child) && !(headlineMode && IsKicker(child)))
            {
                Walk(child, suppress, isRoot: false, headlineMode);
            }
        }

        if (block)
        {
            _writer.EndParagraph();
        }
    }

    private static readonly string[] KickerWords = ["kicker", "dachzeile", "topline", "overline", "roofline", "eyebrow", "supertitle", "spitzmarke", "pretitle"];

    /// <summary>A kicker inside the headline ("Klimaschutz" above "Bohren, bis es heiß wird") is not part of it.</summary>
    private static bool IsKicker(IElement element)
    {
        var value = element.ClassName;
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        foreach (var word in KickerWords)
        {
            if (value.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A heading whose text is a link (a linked subtitle) is still text.</summary>
    private static bool IsInlineLinkText(IElement element, NodeStats stats) =>
        element.LocalName is "h2" or "h3" or "h4" && stats.InlineLength > 40;

    private bool IsClutter(IElement element, NodeStats stats)
    {
        if (stats.TextLength == 0)
        {
            return false;
        }

        var tag = element.LocalName;
        if (tag is not ("div" or "section" or "ul" or "ol" or "dl" or "table" or "form" or "fieldset" or "article" or "center" or "details"))
        {
            return false;
        }

        var density = stats.LinkDensity;
        if (density > 0.5)
        {
            return true;
        }

        var weight = BoilerplateRules.ClassWeight(element, _byClass);
        if (weight < 0 && stats.TextLength * 2 < _rootLength)
        {
            return true;
        }

        return stats.Commas < 10 && density > 0.33 && weight < 25;
    }
}
