namespace Dateline.Ingest.Fields;

/// <summary>The raw values one structured record gives, before they become a document.</summary>
internal sealed class RecordValues
{
    public string? Text { get; set; }

    public string? Html { get; set; }

    public string? Id { get; set; }

    public string? Date { get; set; }

    public double? DateNumber { get; set; }

    public string? Title { get; set; }

    public string? Url { get; set; }

    public string? Publisher { get; set; }

    public List<string> Authors { get; } = [];

    /// <summary>Sets a string-valued field; the other fields have their own setters.</summary>
    public void Set(RecordField field, string value)
    {
        switch (field)
        {
            case RecordField.Text:
                Text = value;
                break;
            case RecordField.Date:
                Date = value;
                break;
            case RecordField.Title:
                Title = value;
                break;
            case RecordField.Authors:
                AuthorNames.Split(value, Authors);
                break;
            case RecordField.Url:
                Url = value;
                break;
            case RecordField.Publisher:
                Publisher = value;
                break;
            case RecordField.Id:
                Id = value;
                break;
        }
    }
}
