namespace Dateline.Testing;

/// <summary>Locates the repository, its samples, and the shared data sets (which a fresh clone may lack).</summary>
public static class TestPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string RepositoryRoot => Root.Value;

    public static string Samples => Path.Combine(RepositoryRoot, "samples");

    public static string SampleArticle => Path.Combine(Samples, "aclu-nm-sessions-2017-08-03.txt");

    /// <summary>The shared data folder (<c>../shared/data</c> beside the repository), or <c>null</c> when absent.</summary>
    public static string? SharedData
    {
        get
        {
            var fromEnvironment = Environment.GetEnvironmentVariable("DATELINE_SHARED_DATA");
            if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(fromEnvironment))
            {
                return fromEnvironment;
            }

            var path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"));
            return Directory.Exists(path) ? path : null;
        }
    }

    /// <summary>A shared data path, or <c>null</c> when the shared data (or that file) is not there.</summary>
    public static string? Shared(params string[] parts)
    {
        if (SharedData is not { } data)
        {
            return null;
        }

        var path = Path.Combine([data, .. parts]);
        return File.Exists(path) || Directory.Exists(path) ? path : null;
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Dateline.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (Dateline.slnx) above " + AppContext.BaseDirectory);
    }
}
