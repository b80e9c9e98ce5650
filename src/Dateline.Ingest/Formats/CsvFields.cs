using System.Text;

namespace Dateline.Ingest.Formats;

/// <summary>Splits one CSV record (RFC 4180: fields in double quotes may hold the separator, line breaks and doubled quotes) into its fields.</summary>
internal static class CsvFields
{
    /// <summary>Whether <paramref name="text"/> leaves a quoted field open (an odd number of quote characters).</summary>
    public static bool IsOpen(string text, bool open)
    {
        foreach (var c in text)
        {
            if (c == '"')
            {
                open = !open;
            }
        }

        return open;
    }

    /// <summary>The separator a header line uses: the most frequent of comma, semicolon and tab outside quotes (comma when none).</summary>
    public static char DetectSeparator(string header)
    {
        int commas = 0, semicolons = 0, tabs = 0;
        var quoted = false;
        foreach (var c in header)
        {
            switch (c)
            {
                case '"':
                    quoted = !quoted;
                    break;
                case ',' when !quoted:
                    commas++;
                    break;
                case ';' when !quoted:
                    semicolons++;
                    break;
                case '\t' when !quoted:
                    tabs++;
                    break;
            }
        }

        return tabs > commas && tabs > semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }

    /// <summary>Splits <paramref name="record"/> (its final line break ignored) into <paramref name="fields"/>.</summary>
    public static void Split(string record, char separator, List<string> fields)
    {
        fields.Clear();
        var end = record.Length;
        if (end > 0 && record[end - 1] == '\n')
        {
            end--;
        }

        if (end > 0 && record[end - 1] == '\r')
        {
            end--;
        }

        var value = new StringBuilder();
        var i = 0;
        while (true)
        {
            value.Clear();
            if (i < end && record[i] == '"')
            {
                i++;
                while (i < end)
                {
                    if (record[i] == '"')
                    {
                        if (i + 1 < end && record[i + 1] == '"')
                        {
                            value.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    value.Append(record[i]);
                    i++;
                }

                // Anything between the closing quote and the separator is kept, as lenient readers do.
                while (i < end && record[i] != separator)
                {
                    value.Append(record[i]);
                    i++;
                }
            }
            else
            {
                var next = record.IndexOf(separator, i, end - i);
                var stop = next < 0 ? end : next;
                value.Append(record, i, stop - i);
                i = stop;
            }

            fields.Add(value.ToString());
            if (i >= end)
            {
                break;
            }

            i++; // the separator
            if (i == end)
            {
                fields.Add(string.Empty);
                break;
            }
        }
    }
}
