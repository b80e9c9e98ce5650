namespace Dateline.Text;

/// <summary>
/// A shipped model file. It is looked for in two places only, in order: the file an environment variable names
/// (an explicit choice), and beside the application (the build and the tool package copy every model to
/// <c>models/</c> next to the assemblies). It is never searched for from the working directory or upward from
/// the application, so the same build gives the same output from any folder.
/// </summary>
/// <param name="RelativePath">The file's path relative to the application folder (<c>models/ner-en.bin</c>).</param>
/// <param name="EnvironmentVariable">The environment variable that names the file explicitly.</param>
public sealed record ModelFile(string RelativePath, string EnvironmentVariable)
{
    /// <summary>The places looked at, in order.</summary>
    public IEnumerable<string> Candidates()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            yield return Path.GetFullPath(fromEnvironment);
            yield break;
        }

        var besideApplication = Path.Combine(AppContext.BaseDirectory, RelativePath);
        yield return besideApplication;
        var assemblyFolder = Path.GetDirectoryName(typeof(ModelFile).Assembly.Location);
        if (!string.IsNullOrEmpty(assemblyFolder))
        {
            var besideAssembly = Path.Combine(assemblyFolder, RelativePath);
            if (!string.Equals(Path.GetFullPath(besideAssembly), Path.GetFullPath(besideApplication), StringComparison.Ordinal))
            {
                yield return besideAssembly;
            }
        }
    }

    /// <summary>The first existing candidate, or <c>null</c>.</summary>
    public string? Find() => Candidates().FirstOrDefault(File.Exists);
}
