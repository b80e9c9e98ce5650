namespace Dateline.Text.Quotes.Evaluation;

/// <summary>What went wrong with one quotation at overlap 0.3.</summary>
public enum QuoteErrorKind
{
    /// <summary>A gold quotation no prediction matched.</summary>
    Missed,

    /// <summary>A predicted quotation no gold one matched.</summary>
    False,

    /// <summary>A matched quotation whose speaker is wrong.</summary>
    WrongSpeaker,

    /// <summary>A matched quotation whose speaker span is right (a pronoun, a role) but resolves to another name or none.</summary>
    WrongName,
}
