using Dateline.Cli.Commands;

namespace Dateline.Cli.Tests;

public sealed class CompletionCommandTests
{
    [Fact]
    public void Subcommands_complete_from_a_prefix()
    {
        Assert.Contains("eval", CompletionCommand.Complete("dateline ev", 11));
        Assert.Contains("dates", CompletionCommand.Complete("dateline eval d", 15));
    }

    [Fact]
    public void Option_values_complete_from_their_allowed_values()
    {
        var line = "dateline eval dates --split ";

        Assert.Equal(["all", "dev", "test"], CompletionCommand.Complete(line, line.Length).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Options_of_a_command_complete()
    {
        var line = "dateline eval html --";

        Assert.Contains("--damage", CompletionCommand.Complete(line, line.Length));
        Assert.Contains("--gold", CompletionCommand.Complete(line, line.Length));
    }

    [Theory]
    [InlineData("bash", "complete -o default -F _dateline_complete dateline")]
    [InlineData("zsh", "compdef _dateline_complete dateline")]
    [InlineData("pwsh", "Register-ArgumentCompleter -Native -CommandName dateline")]
    public void The_command_prints_a_script_for_each_shell(string shell, string registration)
    {
        var (exitCode, output, _) = CliRunner.Run("completion", shell);

        Assert.Equal(0, exitCode);
        Assert.Contains(registration, output);
        Assert.Contains("dateline completion complete --position", output);
    }

    [Fact]
    public void An_unknown_shell_is_refused_with_a_message()
    {
        var (exitCode, _, error) = CliRunner.Run("completion", "fish");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("fish", error);
    }

    [Fact]
    public void The_hidden_complete_command_prints_one_word_a_line()
    {
        var (exitCode, output, _) = CliRunner.Run("completion", "complete", "--position", "12", "dateline eva");

        Assert.Equal(0, exitCode);
        Assert.Equal("eval", output.Trim());
    }
}
