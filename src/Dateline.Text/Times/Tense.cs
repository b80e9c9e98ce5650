namespace Dateline.Text.Times;

/// <summary>The tense of the sentence around a time expression, as far as a small cue table can tell.</summary>
internal enum Tense : byte
{
    Unknown,
    Past,
    Present,
    Future,
}
