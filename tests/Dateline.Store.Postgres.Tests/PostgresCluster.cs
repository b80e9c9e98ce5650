using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Dateline.Store.Postgres.Tests;

/// <summary>
/// A throwaway PostgreSQL cluster for the tests: <c>initdb</c> into a temporary folder, <c>pg_ctl start</c> on a
/// free port with its Unix socket in that folder (no TCP, fsync off), one fresh database per test, stopped and
/// deleted at the end. PostgreSQL refuses to run as root, so as root the server runs as the <c>postgres</c> user
/// (or <c>nobody</c>) through <c>runuser</c>. Without the binaries (Debian package <c>postgresql</c>:
/// /usr/lib/postgresql/N/bin) <see cref="Unavailable"/> says why, and the tests skip.
/// </summary>
public sealed class PostgresCluster : IDisposable
{
    private readonly string? _folder;
    private readonly string? _bin;
    private readonly string? _runAs;
    private int _databases;

    public PostgresCluster()
    {
        _bin = FindBinaries();
        if (_bin is null)
        {
            Unavailable = "needs PostgreSQL server binaries (initdb, pg_ctl, postgres) in /usr/lib/postgresql/N/bin or /usr/local/bin (Debian package 'postgresql')";
            return;
        }

        _runAs = IsRoot() ? FindServerUser() : null;
        if (IsRoot() && _runAs is null)
        {
            Unavailable = "running as root and no non-root user (postgres or nobody) to run the PostgreSQL server as";
            return;
        }

        // /tmp rather than $TMPDIR: the server user must reach the folder, and the socket path must stay short (107 bytes).
        _folder = Path.Combine(Directory.Exists("/tmp") ? "/tmp" : Path.GetTempPath(), "dateline-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_folder);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_folder, (UnixFileMode)0b111_111_111);
        }

        Port = FreePort();
        var data = Path.Combine(_folder, "data");
        var init = Run("initdb", ["-D", data, "-U", "dateline", "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync"]);
        if (init.Code != 0)
        {
            Unavailable = "initdb failed: " + Tail(init.Output);
            return;
        }

        var start = StartServer();
        if (start.Code != 0)
        {
            Unavailable = "pg_ctl start failed: " + Tail(start.Output + ReadLog());
            return;
        }

        Started = true;
    }

    /// <summary>Why the cluster could not start (tests skip with this reason), or null when it runs.</summary>
    public string? Unavailable { get; }

    public int Port { get; }

    public bool Started { get; }

    /// <summary>Stops the server the way an administrator's restart does (fast: connections are cut, open transactions roll back).</summary>
    public void Stop()
    {
        var stop = Run("pg_ctl", ["-D", Path.Combine(_folder!, "data"), "-m", "fast", "-w", "-t", "60", "stop"]);
        if (stop.Code != 0)
        {
            throw new InvalidOperationException("pg_ctl stop failed: " + Tail(stop.Output));
        }
    }

    /// <summary>Starts the server again after <see cref="Stop"/>, on the same port and socket.</summary>
    public void Start()
    {
        var start = StartServer();
        if (start.Code != 0)
        {
            throw new InvalidOperationException("pg_ctl start failed: " + Tail(start.Output + ReadLog()));
        }

        // This process's pooled connections died with the old server.
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>A connection string for a new, empty database.</summary>
    public string CreateDatabase()
    {
        var name = "t" + Interlocked.Increment(ref _databases).ToString(CultureInfo.InvariantCulture) + "_" + Guid.NewGuid().ToString("N")[..8];
        using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }

        return ConnectionString(name);
    }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = _folder,
        Port = Port,
        Username = "dateline",
        Database = database,
        Pooling = true,
    }.ToString();

    public long Scalar(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        if (_folder is null)
        {
            return;
        }

        if (Started)
        {
            Run("pg_ctl", ["-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop"]);
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static bool IsRoot() => !OperatingSystem.IsWindows() && GetUid() == 0;

    private static int GetUid()
    {
        try
        {
            var status = File.ReadAllLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal));
            return status is null ? -1 : int.Parse(status.Split('\t', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return -1;
        }
    }

    private static string? FindServerUser()
    {
        if (!File.Exists("/usr/sbin/runuser") && !File.Exists("/sbin/runuser") && !File.Exists("/usr/bin/runuser"))
        {
            return null;
        }

        var users = File.Exists("/etc/passwd") ? File.ReadAllLines("/etc/passwd").Select(l => l.Split(':')[0]).ToHashSet() : [];
        return users.Contains("postgres") ? "postgres" : users.Contains("nobody") ? "nobody" : null;
    }

    private static string? FindBinaries()
    {
        var candidates = new List<string>();
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")));
        }

        candidates.Add("/usr/local/bin");
        candidates.Add("/usr/local/pgsql/bin");
        candidates.Add("/usr/bin");
        return candidates.FirstOrDefault(d => new[] { "initdb", "pg_ctl", "postgres" }.All(f => File.Exists(Path.Combine(d, f))));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private (int Code, string Output) Run(string tool, string[] arguments)
    {
        var info = new ProcessStartInfo
        {
            FileName = _runAs is null ? Path.Combine(_bin!, tool) : "runuser",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _folder ?? Path.GetTempPath(),
        };
        if (_runAs is not null)
        {
            foreach (var part in new[] { "-u", _runAs, "--", Path.Combine(_bin!, tool) })
            {
                info.ArgumentList.Add(part);
            }
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(info)!;

            // pg_ctl start leaves the server holding inherited pipes: read until the tool itself exits.
            var output = process.StandardError.ReadToEndAsync();
            var standard = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
            {
                process.Kill(entireProcessTree: true);
                return (-1, tool + " timed out");
            }

            var finished = Task.WhenAll(output, standard).Wait(TimeSpan.FromSeconds(2));
            return (process.ExitCode, finished ? standard.Result + output.Result : string.Empty);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, ex.Message);
        }
    }

    private (int Code, string Output) StartServer()
    {
        var options = string.Create(CultureInfo.InvariantCulture, $"-p {Port} -k {_folder} -c listen_addresses= -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60");
        return Run("pg_ctl", ["-D", Path.Combine(_folder!, "data"), "-l", Path.Combine(_folder!, "server.log"), "-o", options, "-w", "-t", "60", "start"]);
    }

    private string ReadLog()
    {
        var log = Path.Combine(_folder!, "server.log");
        return File.Exists(log) ? File.ReadAllText(log) : string.Empty;
    }

    private static string Tail(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join(" | ", lines.TakeLast(4));
    }
}
