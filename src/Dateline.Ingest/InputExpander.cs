using System.Text;
using System.Text.RegularExpressions;

namespace Dateline.Ingest;

/// <summary>
/// Expands the paths a user gives into files: a file as is, a directory recursively (files with a known
/// extension, hidden entries skipped), a glob with <c>*</c>, <c>?</c> and <c>**</c>. Results are sorted
/// so runs are repeatable.
/// </summary>
public static class InputExpander
{
    public static InputPlan Expand(IEnumerable<string> paths, FormatRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(registry);
        var files = new List<InputFile>();
        var errors = new List<ReadError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var found = new List<string>();
            if (path.IndexOfAny(['*', '?']) >= 0)
            {
                found.AddRange(Glob(path));
                if (found.Count == 0)
                {
                    errors.Add(new ReadError(path, 0, "no file matches this pattern"));
                }
            }
            else if (File.Exists(path))
            {
                found.Add(path);
            }
            else if (Directory.Exists(path))
            {
                found.AddRange(Walk(path).Where(registry.IsKnownExtension));
                if (found.Count == 0)
                {
                    errors.Add(new ReadError(path, 0, "the directory holds no readable files (known extensions: " + string.Join(", ", registry.Readers.SelectMany(r => r.Extensions).Distinct()) + ", and .gz of each)"));
                }
            }
            else
            {
                errors.Add(new ReadError(path, 0, "no such file or directory"));
            }

            foreach (var file in found)
            {
                if (seen.Add(Path.GetFullPath(file)))
                {
                    files.Add(new InputFile(file, new FileInfo(file).Length));
                }
            }
        }

        return new InputPlan(files, errors);
    }

    private static IEnumerable<string> Walk(string directory)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = true };
        return Directory.EnumerateFiles(directory, "*", options)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal);
    }

    private static IEnumerable<string> Glob(string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        var segments = normalized.Split('/');
        var fixedCount = segments.TakeWhile(s => s.IndexOfAny(['*', '?']) < 0).Count();
        var root = fixedCount == 0 ? "." : string.Join('/', segments.Take(fixedCount));
        if (root.Length == 0)
        {
            root = "/";
        }

        if (!Directory.Exists(root))
        {
            return [];
        }

        var regex = new Regex("^" + ToRegex(string.Join('/', segments.Skip(fixedCount))) + "$", RegexOptions.CultureInvariant);
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };
        return Directory.EnumerateFiles(root, "*", options)
            .Where(f => regex.IsMatch(Path.GetRelativePath(root, f).Replace('\\', '/')))
            .Select(f => fixedCount == 0 ? Path.GetRelativePath(".", f) : f)
            .Order(StringComparer.Ordinal);
    }

    private static string ToRegex(string glob)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                // "**/" matches zero or more directories.
                var slash = i + 2 < glob.Length && glob[i + 2] == '/';
                builder.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*')
            {
                builder.Append("[^/]*");
            }
            else if (c == '?')
            {
                builder.Append("[^/]");
            }
            else
            {
                builder.Append(Regex.Escape(c.ToString()));
            }
        }

        return builder.ToString();
    }
}
