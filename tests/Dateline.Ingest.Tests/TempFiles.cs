using System.IO.Compression;
using System.Text;

namespace Dateline.Ingest.Tests;

/// <summary>A temporary folder for test inputs, removed on dispose.</summary>
internal sealed class TempFiles : IDisposable
{
    public TempFiles()
    {
        Root = Path.Combine(Path.GetTempPath(), "dateline-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Write(string name, string content) => WriteBytes(name, new UTF8Encoding(false).GetBytes(content));

    public string WriteBytes(string name, byte[] content)
    {
        var path = Path.Combine(Root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public string WriteGzip(string name, string content, int truncateTo = -1)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Optimal, leaveOpen: true))
        {
            var bytes = Encoding.UTF8.GetBytes(content);
            gzip.Write(bytes);
        }

        var all = memory.ToArray();
        return WriteBytes(name, truncateTo >= 0 ? all[..truncateTo] : all);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
