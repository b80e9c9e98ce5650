namespace Dateline.Core;

/// <summary>Where a document was read from: the file, its detected format, and its place in that file.</summary>
/// <param name="Path">The file path as given (or inside an archive, <c>archive!entry</c>).</param>
/// <param name="Format">The reader format name (<c>record</c>, <c>jsonl</c>, <c>text</c>, <c>html</c>, <c>warc</c>).</param>
/// <param name="Record">Zero-based index of the document within the file.</param>
/// <param name="Line">One-based line where the document starts in the file (0 when not line-based).</param>
public sealed record DocumentSource(string Path, string Format, int Record, int Line);
