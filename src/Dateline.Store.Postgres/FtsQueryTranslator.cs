using System.Text;

namespace Dateline.Store.Postgres;

/// <summary>
/// Translates the search syntax the CLI and web API accept (SQLite FTS5's: words, "phrases", AND / OR / NOT,
/// parentheses, <c>prefix*</c>, <c>headline: word</c>, <c>NEAR(a b)</c>) into PostgreSQL <c>tsquery</c> text for
/// <c>to_tsquery('simple', $1)</c>. Every term becomes a quoted operand (<c>'word'</c>, <c>'word':*</c>,
/// <c>'word':A</c>), so the server's own parser splits it exactly as it split the indexed text; a quoted phrase
/// becomes a <c>&lt;-&gt;</c> (followed-by) chain. Precedence is FTS5's: NOT binds tighter than AND (also implicit,
/// between adjacent terms), AND tighter than OR. The result is passed as a parameter, never spliced into SQL.
/// </summary>
internal sealed class FtsQueryTranslator
{
    private readonly List<Token> _tokens;
    private int _at;

    private FtsQueryTranslator(List<Token> tokens) => _tokens = tokens;

    private enum Kind
    {
        Term,
        Phrase,
        Open,
        Close,
        And,
        Or,
        Not,
        Star,
        Colon,
        Comma,
    }

    /// <summary>The tsquery text for <paramref name="query"/>; a malformed query is a <see cref="StoreException"/> ("invalid search query: ...").</summary>
    public static string Translate(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var translator = new FtsQueryTranslator(Tokenize(query));
        if (translator._tokens.Count == 0)
        {
            throw Invalid("empty query");
        }

        var result = translator.ParseOr(weight: null);
        if (translator._at < translator._tokens.Count)
        {
            throw Invalid($"syntax error near \"{translator._tokens[translator._at].Text}\"");
        }

        return result;
    }

    private static StoreException Invalid(string detail) =>
        StoreException.BadQuery($"{detail} (use words, \"phrases\", AND, OR, NOT, prefix*; put other punctuation inside double quotes)");

    private static List<Token> Tokenize(string query)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c) || c is '+' or '^')
            {
                i++;
                continue;
            }

            switch (c)
            {
                case '(':
                    tokens.Add(new Token(Kind.Open, "("));
                    i++;
                    continue;
                case ')':
                    tokens.Add(new Token(Kind.Close, ")"));
                    i++;
                    continue;
                case '*':
                    tokens.Add(new Token(Kind.Star, "*"));
                    i++;
                    continue;
                case ':':
                    tokens.Add(new Token(Kind.Colon, ":"));
                    i++;
                    continue;
                case ',':
                    tokens.Add(new Token(Kind.Comma, ","));
                    i++;
                    continue;
                case '"':
                {
                    var text = new StringBuilder();
                    i++;
                    while (true)
                    {
                        if (i >= query.Length)
                        {
                            throw Invalid("unterminated string");
                        }

                        if (query[i] == '"')
                        {
                            if (i + 1 < query.Length && query[i + 1] == '"')
                            {
                                text.Append('"');
                                i += 2;
                                continue;
                            }

                            i++;
                            break;
                        }

                        text.Append(query[i++]);
                    }

                    tokens.Add(new Token(Kind.Phrase, text.ToString()));
                    continue;
                }
            }

            var start = i;
            while (i < query.Length && !char.IsWhiteSpace(query[i]) && query[i] is not ('(' or ')' or '*' or ':' or '"' or ',' or '+'))
            {
                i++;
            }

            var word = query[start..i];
            tokens.Add(word switch
            {
                "AND" => new Token(Kind.And, word),
                "OR" => new Token(Kind.Or, word),
                "NOT" => new Token(Kind.Not, word),
                _ => new Token(Kind.Term, word),
            });
        }

        return tokens;
    }

    private Token? Peek(int ahead = 0) => _at + ahead < _tokens.Count ? _tokens[_at + ahead] : null;

    private string ParseOr(string? weight)
    {
        var parts = new List<string> { ParseAnd(weight) };
        while (Peek()?.Kind == Kind.Or)
        {
            _at++;
            parts.Add(ParseAnd(weight));
        }

        return parts.Count == 1 ? parts[0] : "(" + string.Join(" | ", parts) + ")";
    }

    private string ParseAnd(string? weight)
    {
        var parts = new List<string> { ParseNot(weight) };
        while (Peek() is { } next && (next.Kind == Kind.And || StartsOperand(next)))
        {
            if (next.Kind == Kind.And)
            {
                _at++;
            }

            parts.Add(ParseNot(weight));
        }

        return parts.Count == 1 ? parts[0] : "(" + string.Join(" & ", parts) + ")";
    }

    private string ParseNot(string? weight)
    {
        var result = ParsePrimary(weight);
        while (Peek()?.Kind == Kind.Not)
        {
            _at++;
            result = "(" + result + " & !" + ParsePrimary(weight) + ")";
        }

        return result;
    }

    private static bool StartsOperand(Token token) => token.Kind is Kind.Term or Kind.Phrase or Kind.Open;

    private string ParsePrimary(string? weight)
    {
        var token = Peek() ?? throw Invalid("the query ends where a word was expected");
        switch (token.Kind)
        {
            case Kind.Open:
            {
                _at++;
                var inner = ParseOr(weight);
                if (Peek()?.Kind != Kind.Close)
                {
                    throw Invalid("missing ')'");
                }

                _at++;
                return inner;
            }

            case Kind.Term when Peek(1)?.Kind == Kind.Colon:
            {
                // Column filter: headline: word (weight A) or text: word (weight B).
                var column = token.Text.ToLowerInvariant() switch
                {
                    "headline" => "A",
                    "text" => "B",
                    _ => throw Invalid($"no such column: {token.Text}"),
                };
                _at += 2;
                return ParsePrimary(column);
            }

            case Kind.Term when token.Text == "NEAR" && Peek(1)?.Kind == Kind.Open:
            {
                // NEAR(a b c, N): all of the terms (distance is not enforced).
                _at += 2;
                var parts = new List<string>();
                while (Peek() is { } next && StartsOperand(next))
                {
                    parts.Add(ParsePrimary(weight));
                }

                if (Peek()?.Kind == Kind.Comma)
                {
                    _at++;
                    if (Peek()?.Kind == Kind.Term)
                    {
                        _at++;
                    }
                }

                if (Peek()?.Kind != Kind.Close || parts.Count == 0)
                {
                    throw Invalid("malformed NEAR(...)");
                }

                _at++;
                return parts.Count == 1 ? parts[0] : "(" + string.Join(" & ", parts) + ")";
            }

            case Kind.Term or Kind.Phrase:
            {
                _at++;
                var prefix = false;
                if (Peek()?.Kind == Kind.Star)
                {
                    _at++;
                    prefix = true;
                }

                return Operand(token.Text, prefix, weight);
            }

            default:
                throw Invalid($"syntax error near \"{token.Text}\"");
        }
    }

    private static string Operand(string text, bool prefix, string? weight)
    {
        var builder = new StringBuilder(text.Length + 8);
        builder.Append('\'');
        foreach (var c in text)
        {
            if (c is '\'' or '\\')
            {
                builder.Append(c);
            }

            builder.Append(c);
        }

        builder.Append('\'');
        if (prefix || weight is not null)
        {
            builder.Append(':');
            if (prefix)
            {
                builder.Append('*');
            }

            builder.Append(weight);
        }

        return builder.ToString();
    }

    private sealed record Token(Kind Kind, string Text);
}
