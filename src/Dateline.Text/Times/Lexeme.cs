namespace Dateline.Text.Times;

/// <summary>A lexicon entry: the class of a word, a value within the class (month number, unit, number), and flags.</summary>
internal readonly record struct Lexeme(WordClass Class, int Value, LexemeFlags Flags = LexemeFlags.None);
