using System.Text.Json;

namespace Dateline.Ingest.Formats;

/// <summary>
/// Streams the records of a JSON file that is not JSON Lines: the elements of a top-level array, or top-level
/// values one after another (objects spread over several lines). Only one record is held at a time, with the
/// line it starts on. Malformed JSON throws <see cref="JsonException"/> (its line number counts from the file's
/// start); a broken stream throws <see cref="IOException"/> or <see cref="InvalidDataException"/>.
/// </summary>
internal sealed class JsonValueStream : IDisposable
{
    private const int MaxRecordBytes = 256 * 1024 * 1024;

    private static readonly JsonReaderOptions Options = new()
    {
        AllowMultipleValues = true,
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 256,
    };

    private readonly Stream _stream;
    private byte[] _buffer = new byte[64 * 1024];
    private int _position;
    private int _length;
    private bool _eof;
    private bool _started;
    private bool _inArray;
    private JsonReaderState _state = new(Options);
    private int _countedTo;
    private int _linesBeforeCounted;

    public JsonValueStream(Stream stream) => _stream = stream;

    /// <summary>Reads the next record: its bytes (valid until the next call) and the one-based line it starts on.</summary>
    public bool TryNext(out ReadOnlyMemory<byte> record, out int line)
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_position, _length - _position), _eof, _state);
            if (!reader.Read())
            {
                if (_eof)
                {
                    record = default;
                    line = 0;
                    return false;
                }

                Fill();
                continue;
            }

            var start = (int)reader.TokenStartIndex;
            var token = reader.TokenType;
            var depth = reader.CurrentDepth;
            if (depth == 0 && token is JsonTokenType.StartArray or JsonTokenType.EndArray)
            {
                _inArray = token == JsonTokenType.StartArray;
                Commit(ref reader);
                continue;
            }

            if (depth == 0 || (depth == 1 && _inArray))
            {
                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
                {
                    Fill();
                    continue;
                }

                record = _buffer.AsMemory(_position + start, (int)reader.BytesConsumed - start);
                line = LineAt(_position + start);
                Commit(ref reader);
                return true;
            }

            Commit(ref reader);
        }
    }

    public void Dispose() => _stream.Dispose();

    private void Commit(ref Utf8JsonReader reader)
    {
        _state = reader.CurrentState;
        _position += (int)reader.BytesConsumed;
    }

    private int LineAt(int index)
    {
        _linesBeforeCounted += _buffer.AsSpan(_countedTo, index - _countedTo).Count((byte)'\n');
        _countedTo = index;
        return _linesBeforeCounted + 1;
    }

    private void Fill()
    {
        if (_eof)
        {
            throw new JsonException("the JSON ends inside a record");
        }

        if (_position > 0)
        {
            LineAt(_position);
            _buffer.AsSpan(_position, _length - _position).CopyTo(_buffer);
            _length -= _position;
            _countedTo -= _position;
            _position = 0;
        }
        else if (_length == _buffer.Length)
        {
            if (_buffer.Length >= MaxRecordBytes)
            {
                throw new JsonException($"a record is larger than {MaxRecordBytes / (1024 * 1024)} MB");
            }

            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = _stream.Read(_buffer, _length, _buffer.Length - _length);
        if (read == 0)
        {
            _eof = true;
        }

        _length += read;
        if (!_started && _length >= 3)
        {
            _started = true;
            if (_buffer.AsSpan(0, 3).SequenceEqual("\uFEFF"u8))
            {
                _position = 3;
                _countedTo = 3;
            }
        }
    }
}
