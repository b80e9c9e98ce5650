namespace Dateline.Text;

/// <summary>
/// A shipped model file: where to look for it, in order — the file an environment variable names, beside the
/// application, in the repository above the application (the folder holding <c>Dateline.slnx</c>), and under the
/// working directory.
/// </summary>
/// <param name="RelativePath">The file's path relative to the application or repository root (<c>models/ner-en.bin</c>).</param>
/// <param name="EnvironmentVariable">The environment variable that names the file explicitly.</param>
public sealed record ModelFile(string RelativePath, string EnvironmentVariable)
{
    /// <summary>The places looked at, in order.</summary>
    public IEnumerable<string> Candidates()
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
    public string? Find() => Candidates().FirstOrDefault(File.Exists);
}
