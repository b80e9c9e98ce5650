namespace Dateline.Ingest.Fields;

/// <summary>The facts a structured record (a JSON object, a CSV row) can give about its article.</summary>
public enum RecordField
{
    /// <summary>The article text (required).</summary>
    Text,

    /// <summary>The publication date or time.</summary>
    Date,

    /// <summary>The title or headline.</summary>
    Title,

    /// <summary>The authors: a list, or one string with names separated by commas.</summary>
    Authors,

    /// <summary>The article's URL.</summary>
    Url,

    /// <summary>The publisher, outlet or site.</summary>
    Publisher,

    /// <summary>The record's own identifier.</summary>
    Id,
}
