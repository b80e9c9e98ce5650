using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Text.Ner;

namespace Dateline.Text.Quotes.Learning;

/// <summary>
/// Per-word facts of one document that the cue features read: the lower-cased word hash, the sentence bounds, the
/// named-entity label covering the word, whether the word is inside quotation marks or a lexicon cue. Computed once per
/// document so that scoring a word only combines precomputed values.
/// </summary>
internal sealed class CueContext
{
    private readonly ulong[] _hash;
    private readonly int[] _cluster;
    private readonly ushort[] _flags;
    private readonly CueClusters _clusters;

    private CueContext(string text, List<Word> words, int[] quoteOfWord, CueClusters clusters)
    {
        _clusters = clusters;
        Text = text;
        Words = words;
        QuoteOfWord = quoteOfWord;
        var count = words.Count;
        _hash = new ulong[count];
        SentenceFirst = new int[count];
        SentenceEnd = new int[count];
        Entity = new byte[count];
        LexiconCue = new bool[count];
        SentenceHasCue = new bool[count];
        _cluster = new int[count];
        Array.Fill(_cluster, -1);
        _flags = new ushort[count];
        Array.Fill(_flags, ushort.MaxValue);
        LastOpenQuote = new int[count];
        FirstCloseQuote = new int[count];
    }

    public string Text { get; }

    public List<Word> Words { get; }

    /// <summary>The index of the quotation holding each word, or -1.</summary>
    public int[] QuoteOfWord { get; }

    /// <summary>The lower-cased hash of a word (punctuation hashed as itself), computed on first use.</summary>
    public ulong HashOf(int w)
    {
        var hash = _hash[w];
        if (hash == 0)
        {
            hash = Words[w].Kind switch
            {
                WordKind.OpenQuote => CueFeatures.OpenQuoteHash,
                WordKind.CloseQuote => CueFeatures.CloseQuoteHash,
                _ => FeatureHash.OfLower(Span(w)),
            };
            _hash[w] = hash;
        }

        return hash;
    }

    /// <summary>The closed-class flags of a word (<see cref="CueWordClass"/>), computed on first use.</summary>
    public ushort FlagsOf(int w)
    {
        var flags = _flags[w];
        if (flags == ushort.MaxValue)
        {
            flags = Words[w].IsWord ? CueWordClass.Of(Span(w)) : (ushort)0;
            _flags[w] = flags;
        }

        return flags;
    }

    /// <summary>Whether a word has any of the given closed-class flags.</summary>
    public bool Is(int w, ushort flags) => (FlagsOf(w) & flags) != 0;

    /// <summary>The packed cluster ids of a word (<see cref="CueClusters"/>), or 0; computed on first use.</summary>
    public int ClusterOf(int w)
    {
        var cluster = _cluster[w];
        if (cluster < 0)
        {
            cluster = Words[w].IsWord ? _clusters.Of(HashOf(w)) : 0;
            _cluster[w] = cluster;
        }

        return cluster;
    }

    /// <summary>The first word of each word's sentence.</summary>
    public int[] SentenceFirst { get; }

    /// <summary>The end (exclusive) word of each word's sentence.</summary>
    public int[] SentenceEnd { get; }

    /// <summary>0, or the named-entity label covering the word: 1 PER, 2 ORG, 3 LOC or MISC.</summary>
    public byte[] Entity { get; }

    /// <summary>Whether the word is a cue of the hand-written lexicon.</summary>
    public bool[] LexiconCue { get; }

    /// <summary>Whether the word's sentence holds a lexicon cue outside quotation marks.</summary>
    public bool[] SentenceHasCue { get; }

    /// <summary>The last opening quotation mark of each word's sentence, or -1.</summary>
    public int[] LastOpenQuote { get; }

    /// <summary>The first closing quotation mark of each word's sentence, or <see cref="int.MaxValue"/>.</summary>
    public int[] FirstCloseQuote { get; }

    public int Count => Words.Count;

    public ReadOnlySpan<char> Span(int w) => Text.AsSpan(Words[w].Start, Words[w].Length);

    /// <summary>Scans a document the way <see cref="QuoteFinder"/> does and builds its context.</summary>
    public static CueContext FromDocument(Document document, CueClusters clusters)
    {
        ArgumentNullException.ThrowIfNull(document);
        var words = new List<Word>(document.Text.Length / 5);
        var (_, sentences, quoted) = QuoteFinder.Scan(document, words);
        return Create(document, words, QuotationScanner.QuotationOfWords(words, quoted), sentences, clusters);
    }

    public static CueContext Create(Document document, List<Word> words, int[] quoteOfWord, List<TextSpan> sentences, CueClusters clusters)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(clusters);
        var text = document.Text;
        var context = new CueContext(text, words, quoteOfWord, clusters);
        for (var w = 0; w < words.Count; w++)
        {
            var span = text.AsSpan(words[w].Start, words[w].Length);
            context.LexiconCue[w] = words[w].IsWord && quoteOfWord[w] < 0 && CueLexicon.TryGet(span, out _);
        }

        // Sentences: sorted spans; words outside every sentence form their own one-word sentence.
        sentences.Sort((a, b) => a.Start.CompareTo(b.Start));
        var s = 0;
        var first = 0;
        var end = 0;
        for (var w = 0; w < words.Count; w++)
        {
            if (w >= end)
            {
                while (s < sentences.Count && sentences[s].End <= words[w].Start)
                {
                    s++;
                }

                first = w;
                end = w + 1;
                if (s < sentences.Count && sentences[s].Start <= words[w].Start)
                {
                    while (end < words.Count && words[end].Start < sentences[s].End)
                    {
                        end++;
                    }

                    s++;
                }

                var hasCue = false;
                var lastOpen = -1;
                var firstClose = int.MaxValue;
                for (var k = first; k < end; k++)
                {
                    hasCue |= context.LexiconCue[k];
                    lastOpen = words[k].Kind == WordKind.OpenQuote ? k : lastOpen;
                    firstClose = words[k].Kind == WordKind.CloseQuote ? Math.Min(firstClose, k) : firstClose;
                }

                for (var k = first; k < end; k++)
                {
                    context.SentenceFirst[k] = first;
                    context.SentenceEnd[k] = end;
                    context.SentenceHasCue[k] = hasCue;
                    context.LastOpenQuote[k] = lastOpen;
                    context.FirstCloseQuote[k] = firstClose;
                }
            }
        }

        var mentions = document.Get(Layers.Mentions);
        var m = 0;
        for (var w = 0; w < words.Count && m < mentions.Length; w++)
        {
            while (m < mentions.Length && mentions[m].Span.End <= words[w].Start)
            {
                m++;
            }

            if (m < mentions.Length && mentions[m].Span.Start <= words[w].Start)
            {
                context.Entity[w] = mentions[m].Label switch
                {
                    EntityLabel.PER => 1,
                    EntityLabel.ORG => 2,
                    _ => 3,
                };
            }
        }

        return context;
    }
}
