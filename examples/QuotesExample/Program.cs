// Prints every quote of the articles in a file as  Speaker: "text".
// dotnet run --project examples/QuotesExample -- samples/aclu-nm-sessions-2017-08-03.txt
using Dateline;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: QuotesExample FILE");
    return 2;
}

var analyzer = NewsAnalyzer.Create();
foreach (var document in analyzer.AnalyzeFile(args[0]))
{
    foreach (var quote in document.Quotes)
    {
        Console.WriteLine($"{document.SpeakerOf(quote) ?? "(unknown)"}: \"{document.TextOf(quote)}\"");
    }
}

return 0;
