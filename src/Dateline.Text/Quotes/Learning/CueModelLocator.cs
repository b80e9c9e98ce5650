namespace Dateline.Text.Quotes.Learning;

/// <summary>Finds the shipped cue model <c>models/quotes-cues-en.bin</c>: beside the application, or in a repository above it.</summary>
public static class CueModelLocator
{
    public const string RelativePath = "models/quotes-cues-en.bin";

    /// <summary>The environment variable that names a model file explicitly.</summary>
    public const string EnvironmentVariable = "DATELINE_CUE_MODEL";

    /// <summary>The places looked at, in order.</summary>
    public static IEnumerable<string> Candidates()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            yield return fromEnvironment;
        }

        yield return Path.Combine(AppContext.BaseDirectory, RelativePath);
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Dateline.slnx")))
            {
                yield return Path.Combine(directory.FullName, RelativePath);
                break;
            }

            directory = directory.Parent;
        }

        yield return Path.Combine(Environment.CurrentDirectory, RelativePath);
    }

    /// <summary>The first existing candidate, or <c>null</c>.</summary>
    public static string? Find() => Candidates().FirstOrDefault(File.Exists);
}
