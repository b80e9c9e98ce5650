using System.Collections.Immutable;
using Dateline.Core;
using Dateline.Core.Annotations;

namespace Dateline.Text.Times;

/// <summary>
/// The time grammar over the scanned tokens of one document: finds each expression (longest match from its first
/// token), gives it a TIMEX3 type and resolves its value against the anchor (the document date). Rules are in
/// docs/time.md. One instance per document; not shared between threads.
/// </summary>
/// <remarks>
/// This file holds the pass over the tokens and the dispatch on the class of an expression's first token; each family
/// of expressions has a file of its own (TimeParser.AbsoluteDates.cs, TimeParser.DaysAndWeekdays.cs, ...), and what
/// the story has named so far (the reference time, the last year, the reported quarter) is kept in <see cref="StoryState"/>.
/// </remarks>
internal sealed partial class TimeParser
{
    private readonly string _text;
    private readonly ScanToken[] _t;
    private readonly int _n;
    private readonly DateOnly? _anchor;
    private readonly TextSpan? _skip;

    // What the story has named so far: the reference time, the last year, the reported quarter.
    private readonly StoryState _story = new();

    public TimeParser(string text, ScanToken[] tokens, int count, DateOnly? anchor, TextSpan? skip)
    {
        _text = text;
        _t = tokens;
        _n = count;
        _anchor = anchor;
        _skip = skip;
    }

    public ImmutableArray<TimeExpression> Parse(CancellationToken cancellationToken)
    {
        var builder = ImmutableArray.CreateBuilder<TimeExpression>();
        var i = 0;
        while (i < _n)
        {
            if ((i & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            ref var token = ref _t[i];
            if (token.Class == WordClass.SentenceEnd)
            {
                _story.NextSentence();
                i++;
                continue;
            }

            if ((token.Class == WordClass.None && token.Kind == ScanKind.Word) || (_skip is { } skip && token.Start < skip.End && token.End > skip.Start))
            {
                i++;
                continue;
            }

            var found = Match(i, out var first);
            if (found is { } compound && IsUnitPairCompound(compound.End))
            {
                // "quarter-to-quarter", "year-over-year", "day-to-day": a comparison or a manner, not a time
                i = compound.End + 4;
                continue;
            }

            if (found is { } f)
            {
                var start = _t[first].Start;
                var end = SpanEnd(f.End - 1);
                builder.Add(new TimeExpression(new TextSpan(start, end), f.Type, f.Value));
                _story.Remember(f.Value);
                i = f.End;
                if (CoordinatedDay(f) is { } second)
                {
                    // "April 24 and 25": the second day number is a date of its own, in the same month
                    builder.Add(new TimeExpression(new TextSpan(_t[i + 1].Start, _t[i + 1].End), TimeType.Date, second));
                    _story.Remember(second);
                    i += 2;
                }

                continue;
            }

            i++;
        }

        return builder.ToImmutable();
    }

    private Found? Match(int i, out int first)
    {
        first = i;
        var afterPrefix = Approximator(i);
        if (afterPrefix > i)
        {
            var inner = Core(afterPrefix);
            if (inner is { } f && (f.Type == TimeType.Duration || AgoPhrase(f.End)))
            {
                return f;
            }

            return null;
        }

        return Core(i);
    }

    private bool AgoPhrase(int end) => end > 0 && _t[end - 1].Class == WordClass.Direction;

    /// <summary>"nearly", "about", "more than", "less than", "at least", "no more than", "up to", "some" before a number.</summary>
    private int Approximator(int i)
    {
        if (Class(i) == WordClass.Approximate && _t[i].Value == 0)
        {
            if (IsWord(i, "over") && !IsAmount(i + 1))
            {
                return i;
            }

            return i + 1;
        }

        if ((IsWord(i, "more") || IsWord(i, "less") || IsWord(i, "fewer")) && IsWord(i + 1, "than"))
        {
            return i + 2;
        }

        if (IsWord(i, "no") && (IsWord(i + 1, "more") || IsWord(i + 1, "less")) && IsWord(i + 2, "than"))
        {
            return i + 3;
        }

        if ((IsWord(i, "at") && (IsWord(i + 1, "least") || IsWord(i + 1, "most"))) || (IsWord(i, "up") && IsWord(i + 1, "to")))
        {
            return i + 2;
        }

        if (IsWord(i, "some") && Class(i + 1) is WordClass.Digits or WordClass.Number)
        {
            return i + 1;
        }

        return i;
    }

    private Found? Core(int i)
    {
        return Class(i) switch
        {
            WordClass.The => The(i),
            WordClass.Relative => Relative(i, i + 1, _t[i].Value, i),
            WordClass.Position => PositionFirst(i),
            WordClass.Direction => PositionFirst(i),
            WordClass.Month => MonthFirst(i),
            WordClass.Weekday => WeekdayFirst(i),
            WordClass.Digits or WordClass.Number or WordClass.Article or WordClass.Quantity => NumberFirst(i),
            WordClass.Clock => ClockFirst(i),
            WordClass.NumericDate => NumericDate(i),
            WordClass.DecadeDigits when _t[i].Kind != ScanKind.Word => new Found(i + 1, TimeType.Date, TimeValues.Decade(_t[i].Value)),
            WordClass.Deictic => DeicticFirst(i),
            WordClass.Reference => ReferenceFirst(i),
            WordClass.Current => CurrentFirst(i, i),
            WordClass.Every => EveryFirst(i),
            WordClass.Frequency => new Found(i + 1, TimeType.Set, TimeValues.Duration(1, (TimeUnit)_t[i].Value)),
            WordClass.PartOfDay => PartOfDayFirst(i),
            WordClass.Season => SeasonFirst(i, requireContext: true),
            WordClass.Fiscal => FiscalFirst(i),
            WordClass.Ordinal => OrdinalFirst(i, i),
            WordClass.Same => SameFirst(i),
            WordClass.Unit => UnitFirst(i),
            WordClass.Holiday => HolidayFirst(i),
            _ => null,
        };
    }

    /// <summary>
    /// An expression opened by a number or an article: "one day" after a modal (FUTURE_REF), a day first ("3 August"), a
    /// clock time, a spelled year, an amount and a unit ("three years", "two days ago"), a bare year ("1987").
    /// </summary>
    private Found? NumberFirst(int i)
    {
        // "Islam will one day be ...", "he hopes he may one day fly": some day ahead, not a length of a day
        if (IsWord(i, "one") && UnitAt(i + 1) == TimeUnit.Day && !Plural(i + 1) && IsModal(i - 1))
        {
            return new Found(i + 2, TimeType.Date, TimeValues.FutureRef);
        }

        if (Class(i) == WordClass.Digits && (_t[i].Flags & ScanFlags.Grouped) == 0)
        {
            // 3 August 2017
            if (DayFirst(i) is { } dayFirst)
            {
                return dayFirst;
            }

            if (ClockAt(i, out var minutes, out var clockEnd))
            {
                return ClockWithDay(clockEnd, minutes);
            }
        }

        if (SpelledYear(i, out var spelled, out var spelledEnd))
        {
            _story.LastYear = spelled;
            return new Found(spelledEnd, TimeType.Date, TimeValues.Year(spelled));
        }

        // 5 1/2 hours, a year ago, $5 million a year (or not a time: "one half", "a 44-year-old", "60 Minutes")
        if (Amount(i, out var amount, out var next) && TryAmountAndUnit(i, amount, next, out var measured))
        {
            return measured;
        }

        return Class(i) == WordClass.Digits && IsYear(i, strict: true) ? YearFirst(i) : null;
    }

    private bool IsUnitPairCompound(int end) =>
        Class(end - 1) == WordClass.Unit && Class(end) == WordClass.Hyphen && (IsWord(end + 1, "to") || IsWord(end + 1, "over"))
        && Class(end + 2) == WordClass.Hyphen && Class(end + 3) == WordClass.Unit;

    private int SpanEnd(int last)
    {
        ref var token = ref _t[last];
        var end = token.End;
        if ((token.Flags & ScanFlags.Dot) != 0 && token.Kind == ScanKind.Word
            && ((token.Lexicon & LexemeFlags.Abbreviation) != 0 || (token.Class == WordClass.Meridiem && token.Length > 2)))
        {
            end++;
        }

        return end;
    }

    private string Shifted(TimeUnit unit, int amount) =>
        _anchor is { } a && TimeValues.TryShift(a, unit, amount) is { } day ? TimeValues.Period(day, unit) : TimeValues.Unresolved(unit);

    private string DayValue(int offset) => _anchor is { } a ? TimeValues.Date(a.AddDays(offset)) : "XXXX-XX-XX";
}
