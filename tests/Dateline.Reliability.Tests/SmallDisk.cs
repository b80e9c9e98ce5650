using System.Diagnostics;

namespace Dateline.Reliability.Tests;

/// <summary>
/// A small tmpfs mounted for one test (needs root, as on the CI machines): a disk that fills up, can be grown
/// ("space freed") and remounted read-only. <see cref="Unavailable"/> says why not where it cannot be mounted.
/// </summary>
internal sealed class SmallDisk : IDisposable
{
    private static readonly Lazy<string?> Why = new(Probe);

    private SmallDisk(string path) => Path = path;

    /// <summary>Why no small disk can be mounted here (the tests skip with this), or null.</summary>
    public static string? Unavailable => Why.Value;

    public string Path { get; }

    public static SmallDisk Mount(string size)
    {
        var path = System.IO.Path.Combine("/tmp", "dateline-disk-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(path);
        var result = Run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", path);
        return result.Code == 0 ? new SmallDisk(path) : throw new InvalidOperationException("mount failed: " + result.Output);
    }

    /// <summary>Grows (or shrinks) the disk in place; the files stay.</summary>
    public void Resize(string size) => Remount("remount,size=" + size);

    public void MakeReadOnly() => Remount("remount,ro");

    public void Dispose()
    {
        Run("umount", "-l", Path);
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private void Remount(string options)
    {
        var result = Run("mount", "-o", options, Path);
        if (result.Code != 0)
        {
            throw new InvalidOperationException("mount -o " + options + " failed: " + result.Output);
        }
    }

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            return "needs root on Linux to mount a small tmpfs as a disk that fills up";
        }

        try
        {
            using var disk = Mount("1m");
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return "cannot mount a tmpfs here (" + ex.Message.Trim() + ")";
        }
    }

    private static (int Code, string Output) Run(string tool, params string[] args)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardError.ReadToEnd() + process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Trim());
    }
}
