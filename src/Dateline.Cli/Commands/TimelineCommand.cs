using System.CommandLine;
using System.Globalization;
using Dateline.Search;
using Spectre.Console;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline timeline NAME [--by day|week|month]</c>: mentions and quotes of a name per period, as a bar chart.</summary>
internal sealed class TimelineCommand : ICliCommand
{
    public string? Parent => null;

    public Command Create()
    {
        var name = new Argument<string>("name") { Description = "An entity's name or alias (case-insensitive)." };
        var by = new Option<string>("--by") { Description = "The period to count by.", DefaultValueFactory = _ => "month" };
        by.AcceptOnlyFromAmong("day", "week", "month");
        var json = StoreOptions.Json();
        var db = StoreOptions.Database();
        var command = new Command("timeline", "How often a person, organisation or place is mentioned and quoted, per day, week or month.");
        command.Arguments.Add(name);
        command.Options.Add(by);
        command.Options.Add(json);
        command.Options.Add(db);
        command.SetAction(parse =>
        {
            var bucket = Enum.Parse<TimelineBucket>(parse.GetValue(by)!, ignoreCase: true);
            using var store = StoreOptions.Open(parse.GetValue(db)!, create: false);
            var timeline = StoreOptions.Guard(() => TimelineBuilder.Build(store.Queries, parse.GetValue(name)!, bucket));
            if (parse.GetValue(json))
            {
                StoreOptions.WriteJson(timeline);
                return ExitCodes.Success;
            }

            var console = Terminal.Out;
            var matched = EntityChoice.Describe(timeline.Entities);
            console.MarkupLine($"[bold]{Markup.Escape(timeline.Name)}[/] [grey]({Markup.Escape(matched)})[/]");
            if (timeline.Points.Count == 0)
            {
                console.WriteLine("No dated mentions or quotes.");
                return ExitCodes.Success;
            }

            var chart = new BarChart().Label($"mentions / quotes per {timeline.By}").Width(Math.Min(100, console.Profile.Width));
            foreach (var point in timeline.Points)
            {
                chart.AddItem(point.Period + " mentions", point.Mentions, Color.SteelBlue);
                if (point.Quotes > 0)
                {
                    chart.AddItem(point.Period + " quotes", point.Quotes, Color.Orange1);
                }
            }

            console.Write(chart);
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[grey]{timeline.Points.Sum(p => p.Articles):N0} article(s), {timeline.Points.Sum(p => p.Mentions):N0} mention(s), {timeline.Points.Sum(p => p.Quotes):N0} quote(s)[/]"));
            return ExitCodes.Success;
        });
        return command;
    }
}
