using System.CommandLine;
using System.Globalization;
using Dateline.Store.Linking.Evaluation;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline eval links --gold FILE [--db DB]</c>: link precision and recall of corpus entities against hand-judged mention links.</summary>
internal sealed class EvalLinksCommand : ICliCommand
{
    public string? Parent => "eval";

    public Command Create()
    {
        var gold = EvalOptions.Gold("Hand-judged links, JSON Lines: {\"article\": ID, \"mention\": TEXT, \"entity\": NAME or null} (eval/links/README.md).");
        var json = EvalOptions.Json("Print {\"mentions\",\"links\",\"correct\",\"precision\",\"recall\"} (percent) as JSON.");
        var errors = EvalOptions.Errors("Print this many wrong judgements to standard error.");
        var db = StoreOptions.Database();
        var command = new Command("links", "Score corpus entity links on hand-judged mentions: link precision and recall.");
        foreach (var option in new Option[] { gold, json, errors, db })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var path = parse.GetValue(gold)!;
            List<LinkGold> items;
            try
            {
                using var reader = File.OpenText(path);
                items = LinkEvaluation.ReadGold(reader, path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
            {
                throw new UserException(ex.Message);
            }

            using var store = StoreOptions.Open(parse.GetValue(db)!, create: false);
            var score = StoreOptions.Guard(() => LinkEvaluation.Score(items, id => store.Queries.ArticleEntities(id)));
            foreach (var wrong in score.Judgements.Where(j => !j.Correct).Take(Math.Max(0, parse.GetValue(errors))))
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}:{wrong.Gold.Line}: {wrong.Gold.Article} \"{wrong.Gold.Mention}\": gold {wrong.Gold.Entity ?? "none"}, linked {wrong.Predicted ?? "none"}"));
            }

            if (parse.GetValue(json))
            {
                StoreOptions.WriteJson(new { mentions = score.Mentions, links = score.Links, goldLinks = score.GoldLinks, correct = score.Correct, notFound = score.NotFound, precision = Math.Round(score.Precision, 2), recall = Math.Round(score.Recall, 2) });
                return ExitCodes.Success;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mentions judged      {score.Mentions,8:N0}  (not found in their article: {score.NotFound:N0})"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"links made           {score.Links,8:N0}  (gold links: {score.GoldLinks:N0})"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"right links          {score.Correct,8:N0}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"link precision       {score.Precision,8:F1}%"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"link recall          {score.Recall,8:F1}%"));
            return ExitCodes.Success;
        });
        return command;
    }
}
