using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ZeroWork.Server.Tests.Reliability;

/// <summary>The real <c>zerowork</c> program in a child process on a loopback port, so a test can kill it with SIGKILL.</summary>
internal sealed class ServiceProcess : IDisposable
{
    private readonly Process process;

    private ServiceProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The child's process id (for <c>prlimit</c> and the like).</summary>
    public int Id => process.Id;

    /// <summary>Every line the child wrote to stdout and stderr so far.</summary>
    public ConcurrentQueue<string> Output { get; } = new();

    public static string Program => Path.Combine(AppContext.BaseDirectory, "zerowork.dll");

    public static Task<ServiceProcess> StartAsync(string databasePath, params string[] settings) => StartAsync(databasePath, null, settings);

    /// <summary>As <see cref="StartAsync(string, string[])"/>, with <paramref name="shell"/> a bash prefix run before <c>exec dotnet …</c> (e.g. <c>trap '' XFSZ</c>), so the child inherits what it sets.</summary>
    public static Task<ServiceProcess> StartInShellAsync(string databasePath, string shell, params string[] settings) => StartAsync(databasePath, shell, settings);

    private static async Task<ServiceProcess> StartAsync(string databasePath, string? shell, string[] settings)
    {
        var port = FreePort();
        var info = new ProcessStartInfo(shell is null ? "dotnet" : "bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(databasePath)!,
        };
        if (shell is not null)
        {
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add(shell + "; exec dotnet \"$@\"");
            info.ArgumentList.Add("zerowork");
        }

        foreach (var arg in (string[])[Program, "serve", "--urls", $"http://127.0.0.1:{port}", $"--Storage:Path={databasePath}", "--Seed:Demo=false", "--Admin:BootstrapPassword=Test-Passw0rd!", "--Logging:LogLevel:Default=Warning", .. settings])
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info)!;
        var service = new ServiceProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => Keep(service, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(service, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = new HttpClient { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        for (var i = 0; i < 300; i++)
        {
            try
            {
                if ((await client.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK)
                {
                    return service;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            if (process.HasExited)
            {
                process.WaitForExit();
                throw new InvalidOperationException($"zerowork exited with {process.ExitCode} before answering /healthz: {string.Join('\n', service.Output)}");
            }

            await Task.Delay(100);
        }

        service.Dispose();
        throw new TimeoutException("zerowork did not answer /healthz within 30 s");
    }

    public bool HasExited => process.HasExited;

    /// <summary>SIGKILL: no shutdown hooks, no flush, exactly what a power cut or OOM kill does.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Program);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        process.Dispose();
    }

    private static void Keep(ServiceProcess service, string? line)
    {
        if (line is not null)
        {
            service.Output.Enqueue(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
