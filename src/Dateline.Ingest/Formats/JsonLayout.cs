namespace Dateline.Ingest.Formats;

/// <summary>How a JSON file lays out its records.</summary>
internal enum JsonLayout
{
    /// <summary>One object per line (JSON Lines).</summary>
    Lines,

    /// <summary>One array of objects.</summary>
    Array,

    /// <summary>Objects one after another, each over several lines.</summary>
    Values,
}
