namespace Dateline.Html.Warc;

/// <summary>The named fields of a WARC record header that the reader uses.</summary>
internal sealed record WarcRecordHeader(string Type, long ContentLength, string? TargetUri, DateTimeOffset? Date, string? RecordId, string? ContentType);
