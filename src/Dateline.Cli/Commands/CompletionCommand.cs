using System.CommandLine;

namespace Dateline.Cli.Commands;

/// <summary>
/// <c>dateline completion bash|zsh|pwsh</c>: prints a shell completion script. The script asks
/// <c>dateline completion complete --position N LINE</c> (hidden) for the words that fit at the cursor, which
/// System.CommandLine's own completion engine (<see cref="ParseResult.GetCompletions"/>) answers from the command
/// tree: commands, options, and option values such as <c>--split dev|test|all</c>.
/// </summary>
internal sealed class CompletionCommand : ICliCommand
{
    public string? Parent => null;

    public Command Create()
    {
        var shell = new Argument<string>("shell") { Description = "The shell: bash, zsh or pwsh." };
        shell.AcceptOnlyFromAmong("bash", "zsh", "pwsh");
        var command = new Command("completion", "Print a shell completion script (bash, zsh or pwsh); see README, \"Shell completion\".");
        command.Arguments.Add(shell);
        command.SetAction(parse =>
        {
            CliOutput.Out.Write(Script(parse.GetValue(shell)!));
            return ExitCodes.Success;
        });

        var position = new Option<int>("--position") { Description = "Cursor position in the line.", Required = true };
        var line = new Argument<string>("line") { Description = "The command line typed so far, starting with the program's name." };
        var complete = new Command("complete", "Print the completions at a cursor position (used by the scripts).") { Hidden = true };
        complete.Options.Add(position);
        complete.Arguments.Add(line);
        complete.SetAction(parse =>
        {
            foreach (var word in Complete(parse.GetValue(line) ?? string.Empty, parse.GetValue(position)))
            {
                CliOutput.Out.WriteLine(word);
            }

            return ExitCodes.Success;
        });
        command.Subcommands.Add(complete);
        return command;
    }

    /// <summary>The completions for <paramref name="line"/> (the program's name first) at <paramref name="position"/>.</summary>
    internal static IEnumerable<string> Complete(string line, int position)
    {
        position = Math.Clamp(position, 0, line.Length);
        line = line[..position];
        var start = 0;
        while (start < line.Length && char.IsWhiteSpace(line[start]))
        {
            start++;
        }

        var programEnd = start;
        while (programEnd < line.Length && !char.IsWhiteSpace(line[programEnd]))
        {
            programEnd++;
        }

        if (programEnd >= line.Length)
        {
            // Still typing the program's name.
            return [];
        }

        var rest = line[(programEnd + 1)..];
        var parse = Program.BuildRoot().Parse(rest);
        return parse.GetCompletions(rest.Length).Select(item => item.InsertText ?? item.Label).Distinct(StringComparer.Ordinal).ToList();
    }

    internal static string Script(string shell) => shell switch
    {
        "bash" => """
            # dateline completion for bash: add to ~/.bashrc:  source <(dateline completion bash)
            _dateline_complete() {
                local IFS=$'\n'
                COMPREPLY=( $(compgen -W "$(dateline completion complete --position "$COMP_POINT" "$COMP_LINE" 2>/dev/null)" -- "${COMP_WORDS[COMP_CWORD]}") )
            }
            complete -o default -F _dateline_complete dateline

            """,
        "zsh" => """
            # dateline completion for zsh: add to ~/.zshrc:  source <(dateline completion zsh)
            _dateline_complete() {
                local line="${words[1,CURRENT]}"
                local -a candidates
                candidates=( ${(f)"$(dateline completion complete --position ${#line} "$line" 2>/dev/null)"} )
                compadd -- $candidates
            }
            compdef _dateline_complete dateline

            """,
        _ => """
            # dateline completion for PowerShell: add to $PROFILE:  dateline completion pwsh | Out-String | Invoke-Expression
            Register-ArgumentCompleter -Native -CommandName dateline -ScriptBlock {
                param($wordToComplete, $commandAst, $cursorPosition)
                $line = $commandAst.ToString()
                $position = $cursorPosition - $commandAst.Extent.StartOffset
                if ($position -gt $line.Length) { $line = $line + ' '; $position = $line.Length }
                dateline completion complete --position $position "$line" 2>$null | ForEach-Object {
                    [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
                }
            }

            """,
    };
}
