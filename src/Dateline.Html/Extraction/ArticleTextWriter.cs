using System.Buffers;
using System.Text;
using Dateline.Core;

namespace Dateline.Html.Extraction;

/// <summary>
/// Writes the extracted article text paragraph by paragraph, collapsing white space, and records for each
/// written character where it came from in the HTML source (an <see cref="OffsetMap"/>).
/// </summary>
internal sealed class ArticleTextWriter
{
    private readonly StringBuilder _text = new(4096);
    private readonly OffsetMapBuilder _map = new();
    private readonly SourceAligner _aligner;
    private readonly List<TextSpan> _paragraphs = [];
    private int _paragraphStart = -1;
    private bool _pendingSpace;
    private int _pendingSpaceSource;
    private int _lastSource;

    public ArticleTextWriter(SourceAligner aligner) => _aligner = aligner;

    public int Length => _text.Length;

    public IReadOnlyList<TextSpan> Paragraphs => _paragraphs;

    /// <summary>The length of the paragraph being written (0 when none is open).</summary>
    public int OpenLength => _paragraphStart < 0 ? 0 : _text.Length - _paragraphStart;

    /// <summary>Appends DOM text found in the source at or after <paramref name="anchor"/> (markup skipped unless <paramref name="insideTags"/>).</summary>
    public void Append(string data, int anchor, bool insideTags = false)
    {
        var first = 0;
        while (first < data.Length && IsSpace(data[first]))
        {
            first++;
        }

        if (first == data.Length)
        {
            if (data.Length > 0 && _paragraphStart >= 0 && _text.Length > _paragraphStart)
            {
                _pendingSpace = true;
                _pendingSpaceSource = Math.Max(_lastSource, anchor);
            }

            return;
        }

        var from = Math.Max(anchor, _aligner.Cursor);
        var raw = _aligner.Locate(data, first, from, insideTags);
        if (raw < 0 && from > anchor)
        {
            raw = _aligner.Locate(data, first, anchor, insideTags);
        }

        var length = data.Length - first;
        var rented = ArrayPool<int>.Shared.Rent(length);
        try
        {
            var map = rented.AsSpan(0, length);
            if (raw >= 0)
            {
                _aligner.Cursor = _aligner.Align(data, first, data.Length, raw, map);
            }
            else
            {
                map.Fill(Math.Max(from, _lastSource));
            }

            if (first > 0)
            {
                MarkSpace(map[0]);
            }

            for (var i = first; i < data.Length; i++)
            {
                var c = data[i];
                var source = map[i - first];
                if (IsSpace(c))
                {
                    MarkSpace(source);
                    continue;
                }

                if (c is '\u200B' or '\uFEFF')
                {
                    continue;
                }

                Put(c, source);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Appends a paragraph of text taken from an attribute at <paramref name="anchor"/> (a meta description in the
    /// head), mapped to where it is even though that lies before the text written so far: the one place where
    /// source offsets go back. Later text is aligned from where it was before.
    /// </summary>
    public void AppendDetached(string data, int anchor)
    {
        EndParagraph();
        var lastSource = _lastSource;
        var cursor = _aligner.Cursor;
        _lastSource = 0;
        _aligner.Cursor = anchor;
        Append(data, anchor, insideTags: true);
        EndParagraph();
        _lastSource = Math.Max(lastSource, _lastSource);
        _aligner.Cursor = cursor;
    }

    /// <summary>Ends the open paragraph, if it holds text.</summary>
    public void EndParagraph()
    {
        _pendingSpace = false;
        if (_paragraphStart >= 0 && _text.Length > _paragraphStart)
        {
            _paragraphs.Add(new TextSpan(_paragraphStart, _text.Length));
        }

        _paragraphStart = -1;
    }

    public string GetText(TextSpan span) => _text.ToString(span.Start, span.Length);

    public (string Text, OffsetMap Map) Build() => (_text.ToString(), _map.Build());

    private void MarkSpace(int source)
    {
        if (_paragraphStart >= 0 && _text.Length > _paragraphStart && !_pendingSpace)
        {
            _pendingSpace = true;
            _pendingSpaceSource = source;
        }
    }

    private void Put(char c, int source)
    {
        if (source < _lastSource)
        {
            source = _lastSource;
        }

        if (_paragraphStart < 0)
        {
            if (_text.Length > 0)
            {
                _text.Append("\n\n");
            }

            _paragraphStart = _text.Length;
            _pendingSpace = false;
        }
        else if (_pendingSpace)
        {
            var spaceSource = Math.Max(_lastSource, Math.Min(_pendingSpaceSource, source));
            _map.Add(_text.Length, spaceSource);
            _text.Append(' ');
            _pendingSpace = false;
        }

        _map.Add(_text.Length, source);
        _text.Append(c);
        _lastSource = source;
    }

    private static bool IsSpace(char c) => c <= ' ' || c == '\u00A0' || (c > '\u007F' && char.IsWhiteSpace(c));
}
