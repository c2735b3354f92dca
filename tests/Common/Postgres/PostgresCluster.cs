using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ZeroWork.Tests.Common.Postgres;

/// <summary>
/// One throwaway PostgreSQL cluster per test process: initdb into a temporary folder as the <c>postgres</c> user,
/// trust auth on a free loopback port, fsync off (the data dies with the process anyway). Stopped and deleted at exit.
/// Databases are made with psql so that test projects without Npgsql can still use the cluster.
/// </summary>
public sealed class PostgresCluster
{
    public const string BinFolder = "/usr/lib/postgresql/15/bin";

    public const string MissingMessage = "PostgreSQL 15 with PostGIS is needed: apt-get install postgresql postgresql-15-postgis-3, or run bash .ci/run";

    private const string OsUser = "postgres";

    private static readonly Lazy<PostgresCluster> Shared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string _folder;
    private int _databases;

    private PostgresCluster(string folder, int port)
    {
        _folder = folder;
        Port = port;
    }

    /// <summary>The cluster of this test process, started on first use. Fails the calling test with <see cref="MissingMessage"/> when PostgreSQL or PostGIS is absent.</summary>
    public static PostgresCluster Instance
    {
        get
        {
            Assert.True(IsInstalled(), MissingMessage);
            return Shared.Value;
        }
    }

    public int Port { get; }

    /// <summary>True when the PostgreSQL 15 binaries and the PostGIS extension are installed.</summary>
    public static bool IsInstalled() =>
        File.Exists(Path.Combine(BinFolder, "initdb")) && File.Exists("/usr/share/postgresql/15/extension/postgis.control");

    /// <summary>A fresh database with PostGIS; returns its Npgsql connection string.</summary>
    public string CreateDatabase()
    {
        var name = $"zw_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}";
        Psql("postgres", $"CREATE DATABASE {name}");
        Psql(name, "CREATE EXTENSION postgis");
        return ConnectionString(name);
    }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Database={database};Username={OsUser};Pooling=true;Timeout=5";

    private static PostgresCluster Start()
    {
        SweepStale();
        var folder = Path.Combine(Path.GetTempPath(), "zw-pg-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        Run("chown", [OsUser, folder]);
        var data = Path.Combine(folder, "data");
        RunAs(Path.Combine(BinFolder, "initdb"), ["-D", data, "-U", OsUser, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
        var port = FreePort();
        var options = $"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
        RunAs(Path.Combine(BinFolder, "pg_ctl"), ["-D", data, "-l", Path.Combine(folder, "log"), "-o", options, "-w", "-t", "60", "start"]);
        var cluster = new PostgresCluster(folder, port);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop();
        return cluster;
    }

    /// <summary>
    /// The test host may be torn down right after ProcessExit starts, so the stop and the delete run in a shell of
    /// their own that outlives us; folders of earlier runs whose server is gone are swept at the next start.
    /// </summary>
    private void Stop()
    {
        var data = Path.Combine(_folder, "data");
        var stop = Environment.UserName == "root" ? $"runuser -u {OsUser} -- {BinFolder}/pg_ctl" : $"{BinFolder}/pg_ctl";
        var info = new ProcessStartInfo("setsid") { UseShellExecute = false, WorkingDirectory = "/" };
        foreach (var arg in new[] { "sh", "-c", $"{stop} -D '{data}' -m immediate -w stop >/dev/null 2>&1; rm -rf '{_folder}'" })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info);
        process?.WaitForExit(5000);
    }

    private static void SweepStale()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), "zw-pg-*"))
        {
            if (!File.Exists(Path.Combine(folder, "data", "postmaster.pid")) && Directory.GetLastWriteTimeUtc(folder) < DateTime.UtcNow.AddMinutes(-5))
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Someone else's, or busy: leave it.
                }
            }
        }
    }

    private void Psql(string database, string sql) =>
        RunAs(Path.Combine(BinFolder, "psql"), ["-h", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", OsUser, "-d", database, "-v", "ON_ERROR_STOP=1", "-qAtc", sql]);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>initdb and postgres refuse to run as root: go through runuser when we are root.</summary>
    private static void RunAs(string file, IReadOnlyList<string> args)
    {
        if (Environment.UserName == "root")
        {
            Run("runuser", ["-u", OsUser, "--", file, .. args]);
        }
        else
        {
            Run(file, args);
        }
    }

    private static void Run(string file, IReadOnlyList<string> args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = "/" };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{file} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', args)} failed ({process.ExitCode}): {stderr}{stdout.Result}");
        }
    }
}
