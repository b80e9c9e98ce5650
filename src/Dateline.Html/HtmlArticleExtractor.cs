using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Dateline.Core;
using Dateline.Html.Extraction;
using Dateline.Html.Metadata;

namespace Dateline.Html;

/// <summary>
/// Finds the main article in an HTML page. The page is parsed with a real HTML5 parser (AngleSharp) keeping
/// source positions; furniture is pruned (navigation, headers and footers, asides, comments, share and cookie
/// widgets, forms' controls, hidden elements, and elements whose class or id says so); block containers are
/// scored by the text their paragraphs hold, with link density and semantic hints (<c>article</c>,
/// <c>itemprop=articleBody</c>, class names) weighing in; the best container and the siblings that belong
/// with it are written out as paragraphs. Thread-safe.
/// </summary>
public sealed class HtmlArticleExtractor
{
    /// <summary>Below this many characters of body text the extractor falls back to all page paragraphs.</summary>
    private const int ShortArticle = 250;

    /// <summary>Below this many characters of body text the page's description (meta or OpenGraph) is added: video and product pages.</summary>
    private const int DescriptionBelow = 400;

    /// <summary>A last paragraph shorter than this is dropped when the article has more than three.</summary>
    private const int TrailingLineBelow = 40;

    /// <summary>Below this many characters of body text, a larger text block elsewhere on the page (pruned) is tried.</summary>
    private const int RescueBelow = 1000;

    [ThreadStatic]
    private static HtmlParser? t_parser;

    public static HtmlArticleExtractor Default { get; } = new();

    /// <summary>Parses a page with source positions kept, as the extractor does.</summary>
    public static IHtmlDocument Parse(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        t_parser ??= new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true, SkipComments = true, SkipScriptText = true, SkipRawText = true, ShouldEmitAttribute = static (ref token, name) => Extraction.UsedAttributes.Contains(name.Span) });
        return t_parser.ParseDocument(html);
    }

    /// <summary>Where to write why elements were pruned and chosen (diagnostics), or <c>null</c>.</summary>
    public TextWriter? Trace { get; init; }

    /// <summary>Body text shorter than this after pruning by class makes the extractor try again without that pruning.</summary>
    public int RetryBelow { get; init; } = 500;

    public ExtractedArticle Extract(string html) => Extract(html, url: null);

    /// <summary>Extracts the article of a page whose address is <paramref name="url"/> (a date in it helps date the page).</summary>
    public ExtractedArticle Extract(string html, string? url)
    {
        ArgumentNullException.ThrowIfNull(html);
        using var document = Parse(html);
        var article = Extract(document, html, url);
        if (article.Body.Length >= ShortArticle || SwallowRepair.Repair(html, document) is not { } repaired)
        {
            return article;
        }

        // A misspelt </title> or an unclosed <textarea> swallowed the page: read it again with that tag disarmed
        // (same length, so the offsets still point into the original).
        Trace?.WriteLine("repaired: an element swallowed the page");
        using var again = Parse(repaired);
        var second = Extract(again, repaired, url);
        return second.Body.Length > article.Body.Length ? second : article;
    }

    /// <summary>
    /// Extracts the article from a page parsed by <see cref="Parse"/> whose source is <paramref name="html"/>.
    /// When pruning by class and id leaves less than <see cref="RetryBelow"/> characters of body text, the
    /// page is extracted again without that pruning and the longer result kept (Readability's retry). The
    /// tree is not changed.
    /// </summary>
    public ExtractedArticle Extract(IHtmlDocument document, string html, string? url = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(html);
        var scan = PageScan.Of(document);
        var metadata = PageMetadataReader.Read(scan, html, out var titleElement, out var dates);
        var body = document.Body;
        if (body is null)
        {
            return new ExtractedArticle { Text = string.Empty, TextToSource = OffsetMap.Identity, Paragraphs = [], Metadata = metadata };
        }

        var headline = FindHeadline(scan.Headings, metadata.Title);
        var pageUrl = url ?? metadata.Url;
        var locale = PageLocale.Of(dates.LanguageTag, pageUrl);
        var date = PublicationDate.Resolve(dates.Candidates, scan, body, headline, pageUrl, locale);
        metadata = metadata with { Date = date?.Date.Day, Published = date?.Date.Moment, DateFrom = date?.Source };

        var keep = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        foreach (var marked in scan.ArticleBodies)
        {
            AddWithAncestors(keep, marked);
        }

        if (headline is not null)
        {
            AddWithAncestors(keep, headline);
        }

        var page = new PageParts(html, body, metadata, titleElement, headline, keep, scan.Metas);
        var strict = Extract(page, pruneByClass: true);
        if (strict.Body.Length >= RetryBelow)
        {
            return WithTextDate(strict, locale);
        }

        var lenient = Extract(page, pruneByClass: false);
        var chosen = lenient.Body.Length > strict.Body.Length * 1.5 ? lenient : strict;
        if (chosen.Body.Length < RescueBelow && LargestBlock(body) is { } block && block.TextContent.Length > chosen.Body.Length && !InFurnitureByClass(block))
        {
            // Little found where articles sit, and one block elsewhere holds more (the article in an aside, a footer
            // or a figure; a page of one table): that block and its neighbours, nothing pruned on its way.
            var keepBlock = new HashSet<IElement>(keep, ReferenceEqualityComparer.Instance);
            AddWithAncestors(keepBlock, block);
            var rescued = Extract(page with { Keep = keepBlock }, pruneByClass: false);
            if (rescued.Body.Length > chosen.Body.Length)
            {
                chosen = rescued;
            }
        }

        return WithTextDate(chosen, locale);
    }

    /// <summary>
    /// Whether a container whose class, id or role names furniture (comments, an author box, a cookie notice) holds
    /// the element: such a block is not rescued; one pruned only for its tag (aside, footer, figure) is.
    /// </summary>
    private static bool InFurnitureByClass(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (e.Attributes.Length > 0 && BoilerplateRules.IsNegative(e, byClass: true))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The block element with the most text of its own (not in links, not in nested blocks) anywhere in the body,
    /// pruned or not; <c>null</c> when no block holds 100 characters.
    /// </summary>
    private static IElement? LargestBlock(IElement body)
    {
        var all = Measure(body, new HashSet<IElement>(ReferenceEqualityComparer.Instance));
        IElement? best = null;
        var bestLength = 99.0;
        foreach (var (element, measure) in all)
        {
            if (measure.InlineLength > bestLength && measure.InlineLinkDensity < 0.5 && BoilerplateRules.BlockTags.Contains(element.LocalName)
                && element.LocalName is not ("body" or "html") && !BoilerplateRules.IsHidden(element))
            {
                best = element;
                bestLength = measure.InlineLength;
            }
        }

        return best;
    }

    /// <summary>A page that gave no date anywhere else: the first date in the start of the article's own text.</summary>
    private static ExtractedArticle WithTextDate(ExtractedArticle article, PageLocale locale)
    {
        if (article.Metadata.Date is not null || article.Metadata.Published is not null || article.Paragraphs.Count == 0)
        {
            return article;
        }

        var start = article.Text[..Math.Min(article.Text.Length, 1500)];
        return VisibleDates.First(start, locale.Order) is { } day && day.Year >= 1995 && day <= DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2)
            ? article with { Metadata = article.Metadata with { Date = day, DateFrom = DateSource.Other } }
            : article;
    }

    private ExtractedArticle Extract(PageParts page, bool pruneByClass)
    {
        var (html, body, metadata, titleElement, headline, keep, _) = page;
        var skipped = new Pruner(keep, pruneByClass, Trace).Prune(body);
        var stats = Measure(body, skipped);
        var selected = SelectContent(body, stats, pruneByClass, skipped);
        if (Trace is { } trace)
        {
            foreach (var element in selected)
            {
                trace.WriteLine($"selected: {Describe(element)} score {Score(stats, element):F1}");
            }
        }

        var aligner = new SourceAligner(html);
        var writer = Write(aligner, headline, titleElement, metadata.Title, selected, stats, pruneByClass);
        var bodyLength = writer.Length - (writer.Paragraphs.Count > 0 && writer.HasHeadline ? writer.Paragraphs[0].Length : 0);
        if (bodyLength < ShortArticle && stats.TryGetValue(body, out var bodyStats) && bodyStats.TextLength > bodyLength + 50 && !CommentPatterns.IsCommentLike(VisibleText(body, skipped)))
        {
            var fallback = Write(new SourceAligner(html), headline, titleElement, metadata.Title, [body], stats, pruneByClass, fallback: true);
            if (fallback.Length > writer.Length)
            {
                writer = fallback;
            }
        }

        AddDescription(writer, metadata.Description, page.Metas);
        var (text, map) = writer.Writer.Build();
        var paragraphs = writer.Writer.Paragraphs.ToList();
        TextSpan? headlineSpan = writer.HasHeadline && paragraphs.Count > 0 ? paragraphs[0] : null;

        // "Mehr zum Thema", "Related articles" ... in the second half: the article ends before it.
        var cut = ReadMoreCut.Find(text, paragraphs, headlineSpan is null ? 0 : 1);
        if (cut < paragraphs.Count)
        {
            paragraphs.RemoveRange(cut, paragraphs.Count - cut);
            text = text[..paragraphs[^1].End];
        }

        // A short last line after a real article is almost always furniture that escaped the class rules
        // ("Share this:", "Related posts", "Comments are closed.").
        if (paragraphs.Count > 3 && paragraphs[^1].Length < TrailingLineBelow)
        {
            paragraphs.RemoveAt(paragraphs.Count - 1);
            text = text[..paragraphs[^1].End];
        }

        var title = headlineSpan is { } span ? text.Substring(span.Start, span.Length) : metadata.Title;
        return new ExtractedArticle
        {
            Text = text,
            TextToSource = map,
            Headline = headlineSpan,
            Paragraphs = headlineSpan is null ? [.. paragraphs] : [.. paragraphs.Skip(1)],
            Metadata = metadata with { Title = title },
        };
    }

    /// <summary>
    /// A page with little body text (a video, a product, a gallery) often says what it is about only in its
    /// description meta tag: that is added as a last paragraph, mapped to the tag's content in the source.
    /// </summary>
    private static void AddDescription(WrittenArticle writer, string? description, List<IElement> metas)
    {
        var bodyLength = writer.Length - (writer.Paragraphs.Count > 0 && writer.HasHeadline ? writer.Paragraphs[0].Length : 0);
        if (bodyLength >= DescriptionBelow || description is null || description.Length < 80)
        {
            return;
        }

        var written = TextTools.Normalize(writer.Writer.GetText(new TextSpan(0, writer.Length)));
        if (written.Contains(TextTools.Normalize(description), StringComparison.Ordinal))
        {
            return;
        }

        foreach (var meta in metas)
        {
            if (meta.GetAttribute("content") is { } content && content.Trim() == description && meta.SourceReference is { } reference)
            {
                writer.Writer.AppendDetached(content, reference.Position.Index);
                return;
            }
        }
    }

    private static void AddWithAncestors(HashSet<IElement> set, IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (!set.Add(e))
            {
                break;
            }
        }
    }

    /// <summary>The page's headline element: the h1 that matches the metadata title best, else the first h1.</summary>
    private static IElement? FindHeadline(List<IElement> headings, string? metaTitle)
    {
        IElement? first = null;
        IElement? best = null;
        var bestScore = 0.0;
        var titleWords = metaTitle is null ? null : TextTools.Words(metaTitle);
        foreach (var h1 in headings)
        {
            var text = h1.TextContent;
            if (string.IsNullOrWhiteSpace(text) || text.Length > 400)
            {
                continue;
            }

            first ??= h1;
            if (titleWords is not null)
            {
                var overlap = TextTools.Overlap(TextTools.Words(text), titleWords);
                if (overlap > bestScore)
                {
                    bestScore = overlap;
                    best = h1;
                }
            }
        }

        if (best is not null && bestScore >= 0.5)
        {
            return best;
        }

        return metaTitle is null ? first : null;
    }

    private static Dictionary<IElement, NodeStats> Measure(IElement body, HashSet<IElement> skipped)
    {
        var stats = new Dictionary<IElement, NodeStats>(ReferenceEqualityComparer.Instance);
        Measure(body, stats, skipped, inLink: false);
        return stats;
    }

    private static NodeStats Measure(IElement element, Dictionary<IElement, NodeStats> all, HashSet<IElement> skipped, bool inLink)
    {
        var stats = new NodeStats();
        all[element] = stats;
        var isLink = inLink || element.LocalName == "a";
        for (var node = element.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is IText text)
            {
                var (length, commas) = TextTools.Measure(text.Data);
                stats.TextLength += length;
                stats.InlineLength += length;
                stats.Commas += commas;
                stats.InlineCommas += commas;
                if (isLink)
                {
                    stats.LinkLength += length;
                    stats.InlineLinkLength += length;
                }
            }
            else if (node is IElement child && !skipped.Contains(child))
            {
                var inner = Measure(child, all, skipped, isLink);
                stats.TextLength += inner.TextLength;
                stats.LinkLength += inner.LinkLength;
                stats.Commas += inner.Commas;
                stats.Paragraphs += inner.Paragraphs;
                if (!BoilerplateRules.BlockTags.Contains(child.LocalName))
                {
                    stats.InlineLength += inner.InlineLength;
                    stats.InlineLinkLength += inner.InlineLinkLength;
                    stats.InlineCommas += inner.InlineCommas;
                }
            }
        }

        var tag = element.LocalName;
        if (BoilerplateRules.BlockTags.Contains(tag) && stats.InlineLength >= 25 && (tag is "p" or "pre" or "blockquote" or "td" || stats.InlineLength >= 25))
        {
            stats.Paragraphs++;
        }

        return stats;
    }

    /// <summary>Scores containers by the paragraphs under them (as Readability does) and picks the article's elements.</summary>
    private static List<IElement> SelectContent(IElement body, Dictionary<IElement, NodeStats> stats, bool byClass, HashSet<IElement> skipped)
    {
        var candidates = new List<IElement>();
        foreach (var (element, measure) in stats)
        {
            var tag = element.LocalName;
            if (measure.InlineLength < 25 || !BoilerplateRules.BlockTags.Contains(tag) || tag is "body" or "html" or "li" or "ul" or "ol" or "tr" or "table" or "tbody")
            {
                continue;
            }

            if (measure.InlineLinkDensity > 0.5)
            {
                continue;
            }

            var score = 1.0 + measure.InlineCommas + Math.Min(measure.InlineLength / 100, 3);
            var level = 0;
            for (var ancestor = element.ParentElement; ancestor is not null && level < 5; ancestor = ancestor.ParentElement, level++)
            {
                if (!stats.TryGetValue(ancestor, out var ancestorStats))
                {
                    break;
                }

                if (!ancestorStats.IsCandidate)
                {
                    ancestorStats.IsCandidate = true;
                    ancestorStats.Score = InitialScore(ancestor, byClass);
                    candidates.Add(ancestor);
                }

                var divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                ancestorStats.Score += score / divider;
            }
        }

        if (candidates.Count == 0)
        {
            return [body];
        }

        foreach (var candidate in candidates)
        {
            var measure = stats[candidate];
            measure.Score *= 1 - measure.LinkDensity;
        }

        candidates.Sort((a, b) => stats[b].Score.CompareTo(stats[a].Score));
        if (DemoteComments(candidates, stats, skipped))
        {
            candidates.Sort((a, b) => stats[b].Score.CompareTo(stats[a].Score));
        }

        var top = candidates[0];
        var topScore = stats[top].Score;

        // Several strong candidates under one ancestor: the article is that ancestor.
        var strong = candidates.Take(5).Where(c => stats[c].Score >= topScore * 0.75).ToList();
        if (strong.Count >= 3)
        {
            for (var ancestor = top.ParentElement; ancestor is not null && ancestor != body; ancestor = ancestor.ParentElement)
            {
                var containing = strong.Count(c => ancestor.Contains(c));
                if (containing >= 3)
                {
                    top = ancestor;
                    break;
                }
            }
        }

        // Walk up while the parent scores better (the article is split over several containers).
        var lastScore = Score(stats, top);
        var threshold = lastScore / 3;
        for (var parent = top.ParentElement; parent is not null && parent != body; parent = parent.ParentElement)
        {
            if (!stats.TryGetValue(parent, out var parentStats) || !parentStats.IsCandidate)
            {
                continue;
            }

            if (parentStats.Score < threshold)
            {
                break;
            }

            if (parentStats.Score > lastScore)
            {
                top = parent;
                break;
            }

            lastScore = parentStats.Score;
        }

        while (top.ParentElement is { } only && only != body && OnlyMeasuredChild(only, stats))
        {
            top = only;
        }

        var selected = new List<IElement>();
        var siblingThreshold = Math.Max(10, Score(stats, top) * 0.2);
        var parentElement = top.ParentElement;
        if (parentElement is null)
        {
            return [top];
        }

        for (var sibling = parentElement.FirstElementChild; sibling is not null; sibling = sibling.NextElementSibling)
        {
            if (sibling == top)
            {
                selected.Add(sibling);
                continue;
            }

            if (!stats.TryGetValue(sibling, out var siblingStats) || siblingStats.TextLength == 0)
            {
                continue;
            }

            var bonus = !string.IsNullOrEmpty(top.ClassName) && top.ClassName == sibling.ClassName ? Score(stats, top) * 0.2 : 0;
            if (siblingStats.TextLength > 500 && CommentPatterns.IsCommentLike(VisibleText(sibling, skipped)))
            {
                // A comment section beside the article, with no class that says so.
                continue;
            }

            if (siblingStats.IsCandidate && siblingStats.Score + bonus >= siblingThreshold)
            {
                selected.Add(sibling);
            }
            else if (sibling.LocalName is "p" or "div" or "blockquote" or "pre" or "ul" or "ol" or "h2" or "h3" or "h4" or "table" or "header" or "section" or "dl" or "hgroup")
            {
                var density = siblingStats.LinkDensity;
                var length = siblingStats.TextLength;
                if ((length > 80 && density < 0.25) || (length > 0 && length <= 80 && density == 0 && EndsSentence(sibling.TextContent)))
                {
                    selected.Add(sibling);
                }
            }
        }

        // A lead paragraph just before the article's container, one to three levels up (a standfirst, an
        // excerpt in the article header).
        var node = parentElement;
        for (var level = 0; level < 3 && node is not null && node != body; level++, node = node.ParentElement)
        {
            var previous = node.PreviousElementSibling;
            while (previous is not null && (!stats.TryGetValue(previous, out var measured) || measured.TextLength == 0))
            {
                previous = previous.PreviousElementSibling;
            }

            if (previous is not null && stats.TryGetValue(previous, out var lead) && lead.TextLength is > 80 and < 1500 && lead.LinkDensity < 0.2
                && previous.LocalName is "p" or "div" or "header" or "section" or "h2" && BoilerplateRules.ClassWeight(previous) >= 0)
            {
                selected.Insert(0, previous);
                break;
            }
        }

        return selected;
    }

    /// <summary>
    /// A short article beside a long comment section without comment classes: the comments outscore the article.
    /// Comment-like candidates among the best three lose four fifths of their score when a candidate that is not
    /// comment-like (and neither holds nor lies inside them) has some text of its own, so a forum page (all
    /// comments) keeps its posts.
    /// </summary>
    private static bool DemoteComments(List<IElement> candidates, Dictionary<IElement, NodeStats> stats, HashSet<IElement> skipped)
    {
        var demoted = false;
        foreach (var candidate in candidates.Take(3).ToList())
        {
            // One short comment says too little: it is judged with the comments around it (its parent).
            var judged = stats[candidate].TextLength < 500 && candidate.ParentElement is { } parent && stats.ContainsKey(parent) ? parent : candidate;
            if (stats[judged].TextLength < 500 || !CommentPatterns.IsCommentLike(VisibleText(judged, skipped)))
            {
                continue;
            }

            var other = candidates.Take(10).Any(c => c != candidate && !c.Contains(candidate) && !candidate.Contains(c) && stats[c].TextLength >= 150
                && !CommentPatterns.IsCommentLike(VisibleText(c, skipped)));
            if (other)
            {
                stats[candidate].Score *= 0.2;
                demoted = true;
            }
        }

        return demoted;
    }

    /// <summary>The text of an element without its pruned parts, about the first 6,000 characters.</summary>
    private static string VisibleText(IElement element, HashSet<IElement> skipped)
    {
        var text = new System.Text.StringBuilder();
        Collect(element);
        return text.ToString();

        void Collect(INode node)
        {
            for (var child = node.FirstChild; child is not null && text.Length < 6_000; child = child.NextSibling)
            {
                if (child is IText piece)
                {
                    text.Append(piece.Data);
                }
                else if (child is IElement inner && !skipped.Contains(inner))
                {
                    Collect(inner);
                }
            }
        }
    }

    internal static string Describe(IElement element) => $"{element.LocalName}.{element.ClassName}#{element.Id}";

    private static bool OnlyMeasuredChild(IElement parent, Dictionary<IElement, NodeStats> stats)
    {
        var count = 0;
        for (var child = parent.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            if (stats.ContainsKey(child) && ++count > 1)
            {
                return false;
            }
        }

        return count == 1;
    }

    private static double Score(Dictionary<IElement, NodeStats> stats, IElement element) =>
        stats.TryGetValue(element, out var s) && s.IsCandidate ? s.Score : 0;

    private static bool EndsSentence(string text)
    {
        var trimmed = text.AsSpan().TrimEnd();
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or ':' or '"' or '\u201D';
    }

    private static double InitialScore(IElement element, bool byClass)
    {
        var score = element.LocalName switch
        {
            "div" or "article" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        if (element.LocalName is "article")
        {
            score += 10;
        }

        return score + BoilerplateRules.ClassWeight(element, byClass);
    }

    private static WrittenArticle Write(
        SourceAligner aligner,
        IElement? headline,
        IElement? titleElement,
        string? metaTitle,
        List<IElement> selected,
        Dictionary<IElement, NodeStats> stats,
        bool byClass,
        bool fallback = false)
    {
        var writer = new ArticleTextWriter(aligner);
        var emitter = new BlockEmitter(writer, stats, headline, fallback, byClass);
        var hasHeadline = false;
        if (headline is not null)
        {
            emitter.EmitHeadline(headline);
            hasHeadline = writer.Paragraphs.Count > 0;
        }
        else if (!string.IsNullOrWhiteSpace(metaTitle))
        {
            var anchor = titleElement?.SourceReference?.Position.Index ?? 0;
            writer.Append(metaTitle, anchor, insideTags: titleElement is not null && titleElement.LocalName != "title");
            writer.EndParagraph();
            hasHeadline = writer.Paragraphs.Count > 0;
            aligner.Cursor = 0;
        }

        foreach (var element in selected)
        {
            emitter.Emit(element, isRoot: true);
        }

        writer.EndParagraph();
        return new WrittenArticle(writer, hasHeadline);
    }
}
