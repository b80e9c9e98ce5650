namespace Dateline.Text.Times.Evaluation;

/// <summary>The kinds of <see cref="TimeEvalError"/>.</summary>
public enum TimeEvalErrorKind
{
    /// <summary>A gold expression nothing overlaps.</summary>
    Missed,

    /// <summary>A predicted expression no gold overlaps.</summary>
    Spurious,

    /// <summary>Overlapping, but the value differs.</summary>
    WrongValue,

    /// <summary>Overlapping with the right value, but the span differs.</summary>
    WrongSpan,

    /// <summary>The same span and value (recorded so that a listing can show what a rule gets right as well).</summary>
    Correct,
}
