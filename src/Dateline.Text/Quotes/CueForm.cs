namespace Dateline.Text.Quotes;

/// <summary>The grammatical form of a cue word.</summary>
internal enum CueForm : byte
{
    Base,
    Present,
    Past,
    Participle,
}
