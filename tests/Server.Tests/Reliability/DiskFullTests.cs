using System.Diagnostics;
using System.Net;
using ZeroWork.Market.Events;
using ZeroWork.Market.Storage;

namespace ZeroWork.Server.Tests.Reliability;

/// <summary>
/// A full disk on the real program. The child's file-size limit (<c>RLIMIT_FSIZE</c>, lowered with <c>prlimit</c> once it
/// runs, with SIGXFSZ ignored) makes its next write past the store's current end fail the way a full disk does, without
/// root or a mount; raising the limit again is the space freeing up.
/// </summary>
public sealed class DiskFullTests
{
    [Fact]
    public async Task A_full_disk_answers_503_without_losing_anything_acknowledged_and_the_service_recovers_when_space_frees()
    {
        var folder = Directory.CreateTempSubdirectory("zw-diskfull-").FullName;
        var db = Path.Combine(folder, "zerowork.db");
        using var service = await ServiceProcess.StartInShellAsync(db, "trap '' XFSZ", HookClient.Settings);
        using var hooks = new HookClient(service.BaseAddress);
        var acknowledged = new List<long>();
        var refused = 0;
        var time = 1_800_000_000L;

        async Task<HttpStatusCode> Send()
        {
            var t = ++time;
            using var response = await hooks.SmsAsync("13900001234", $"会小工 住檀溪路 第{t}条", t);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                acknowledged.Add(t);
            }
            else
            {
                refused++;
            }

            return response.StatusCode;
        }

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await Send());
        }

        var largest = Math.Max(new FileInfo(db).Length, new FileInfo(RecoverableLog(db)).Length);
        await Prlimit(service.Id, $"{largest + 65_536}:unlimited");
        for (var i = 0; i < 400 && refused < 10; i++)
        {
            var status = await Send();
            Assert.True(status is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"hook answered {status}");
        }

        Assert.True(refused >= 10, "the file-size limit never made a write fail");
        Assert.False(service.HasExited);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await hooks.Http.GetAsync("/healthz")).StatusCode);

        await Prlimit(service.Id, "unlimited:unlimited");
        var afterRecovery = acknowledged.Count;
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await Send());
        }

        Assert.Equal(HttpStatusCode.OK, (await hooks.Http.GetAsync("/healthz")).StatusCode);
        service.Kill();

        using var store = MarketDb.Open(db, new MarketEvents(), TimeProvider.System);
        var stored = store.Inbound.FindAll().Select(m => m.DedupeKey).ToHashSet();
        var lost = acknowledged.Where(t => !stored.Any(k => k.Contains($"|{t}|", StringComparison.Ordinal))).ToList();
        Assert.True(lost.Count == 0, $"{lost.Count} of {acknowledged.Count} acknowledged messages lost");
        Assert.Equal(acknowledged.Count, store.Inbound.Count());
        Assert.Equal(afterRecovery + 5, acknowledged.Count);
        Directory.Delete(folder, recursive: true);
    }

    private static string RecoverableLog(string db) => Path.Combine(Path.GetDirectoryName(db)!, Path.GetFileNameWithoutExtension(db) + "-log.db");

    private static async Task Prlimit(int pid, string fsize)
    {
        using var prlimit = Process.Start(new ProcessStartInfo("prlimit", ["--pid", pid.ToString(System.Globalization.CultureInfo.InvariantCulture), $"--fsize={fsize}"]))!;
        await prlimit.WaitForExitAsync();
        Assert.Equal(0, prlimit.ExitCode);
    }
}
