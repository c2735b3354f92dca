using System.Net;
using ZeroWork.Market.Events;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.LiteDb;

namespace ZeroWork.Server.Tests.Reliability;

/// <summary>SIGKILL at the other crash points of #13, on the real program: an employer's confirmation, accepts racing for the last places, the scheduled backup, and the start itself.</summary>
public sealed class CrashPointTests
{
    private const int Workers = 10;
    private static readonly string[] Settings = [.. HookClient.Settings, "--Matcher:DailyCap=100", "--Matcher:PullCount=0"];

    [Fact]
    public async Task A_kill_during_a_confirmation_leaves_the_post_waiting_or_published_with_its_whole_first_wave_and_racing_accepts_never_overfill()
    {
        var folder = Directory.CreateTempSubdirectory("zw-crashpoints-").FullName;
        var db = Path.Combine(folder, "zerowork.db");
        var time = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var msgId = 9_000_000L;
        var service = await ServiceProcess.StartAsync(db, Settings);
        try
        {
            using (var hooks = new HookClient(service.BaseAddress))
            {
                for (var i = 0; i < Workers; i++)
                {
                    Assert.Equal(HttpStatusCode.OK, (await hooks.SmsAsync(WorkerPhone(i), $"会小工 住檀溪路 姓王{i}", ++time)).StatusCode);
                }
            }

            // Rounds of: a one-place post, its "1", and a kill a little later each time (before, during and after the publication and its wave).
            // How long a confirmation takes depends on the machine, so the kills walk on until one lands after an acknowledged "1".
            var acknowledged = false;
            for (var round = 0; round < 4 || (!acknowledged && round < 16); round++)
            {
                using (var hooks = new HookClient(service.BaseAddress))
                {
                    var boss = $"o-boss-{round}";
                    Assert.Contains("回复1确认发布", await hooks.WeChatReplyAsync(++msgId, boss, $"明天早上7点檀溪路要1个小工 一天200 电话137123456{round:00}"));
                    var confirm = hooks.WeChatAsync(++msgId, boss, "1");
                    await Task.Delay(round * 25);
                    service.Kill();
                    await confirm.ContinueWith(_ => { }, TaskScheduler.Default);
                    acknowledged |= confirm.IsCompletedSuccessfully && (await confirm).StatusCode == HttpStatusCode.OK;
                }

                service.Dispose();
                service = await ServiceProcess.StartAsync(db, Settings);
            }

            // The accept race: two places, six pushed workers all answer "1" at once, and the kill lands in the middle.
            string[] pushed;
            using (var hooks = new HookClient(service.BaseAddress))
            {
                Assert.Contains("回复1确认发布", await hooks.WeChatReplyAsync(++msgId, "o-boss-race", "明天早上7点檀溪路要2个小工 一天200 电话13712345699"));
                Assert.Equal(HttpStatusCode.OK, (await hooks.WeChatAsync(++msgId, "o-boss-race", "1")).StatusCode);
                pushed = await PushedWorkers(service, db, "13712345699");
                var accepts = pushed.Select(phone => hooks.SmsAsync(phone, "1", time + 1_000)).ToList();
                await Task.Delay(30);
                service.Kill();
                await Task.WhenAll(accepts.Select(a => a.ContinueWith(_ => { }, TaskScheduler.Default)));
            }

            // Tencent repeats every callback it did not get an answer for; repeats of answered ones are recognised.
            service.Dispose();
            service = await ServiceProcess.StartAsync(db, Settings);
            using (var hooks = new HookClient(service.BaseAddress))
            {
                foreach (var phone in pushed)
                {
                    Assert.Equal(HttpStatusCode.OK, (await hooks.SmsAsync(phone, "1", time + 1_000)).StatusCode);
                }

                await Task.Delay(1_500);
            }

            service.Kill();
        }
        finally
        {
            service.Dispose();
        }

        using var store = LiteDbStore.Open(db, new MarketEvents(), TimeProvider.System);
        var posts = store.Jobs.All().Where(j => j.Headcount == 1).ToList();
        Assert.Contains(posts, p => p.Status == JobStatus.Published);
        foreach (var post in posts)
        {
            var wave = store.Pushes.All().Count(p => p.JobId == post.Id && p.Wave == 1);
            Assert.True(post.Status == JobStatus.Published ? wave == 3 : wave == 0, $"post {post.Id} {post.Status} has {wave} first-wave pushes");
        }

        var race = Assert.Single(store.Jobs.All(), j => j.Headcount == 2);
        Assert.Equal(2, race.TakerIds.Count);
        Assert.Equal(JobStatus.Filled, race.Status);
        foreach (var takerId in race.TakerIds)
        {
            var taker = store.People.Find(takerId)!;
            Assert.Equal(1, store.Outbox.All().Count(m => m.Address == "o-boss-race" && m.Text.Contains(taker.Phone!)));
            Assert.Contains(store.Outbox.All().Where(m => m.Address == taker.Phone), m => m.Text.Contains("13712345699", StringComparison.Ordinal));
        }

        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Kills_during_scheduled_backups_and_during_the_start_leave_the_live_file_and_every_backup_readable()
    {
        var folder = Directory.CreateTempSubdirectory("zw-crashbackup-").FullName;
        var db = Path.Combine(folder, "zerowork.db");
        var backups = Path.Combine(folder, "backups");

        // Kills during the first start of a new file, then during later starts.
        for (var round = 0; round < 4; round++)
        {
            var starting = ServiceProcess.Launch(db, Settings);
            await Task.Delay(150 + (round * 350));
            starting.Kill();
            starting.Dispose();
        }

        string[] backupSettings = [.. Settings, $"--Storage:BackupFolder={backups}", "--Storage:BackupIntervalMinutes=0.005"];
        var time = 1_900_000_000L;
        for (var round = 0; round < 3; round++)
        {
            using var service = await ServiceProcess.StartAsync(db, backupSettings);
            using var hooks = new HookClient(service.BaseAddress);
            var until = DateTime.UtcNow.AddMilliseconds(900 + (round * 400));
            while (DateTime.UtcNow < until)
            {
                Assert.Equal(HttpStatusCode.OK, (await hooks.SmsAsync("13900007777", $"搜 小工 {time}", ++time)).StatusCode);
            }

            service.Kill();
        }

        var (exit, _, error) = await ServiceProcess.RunAsync("stats", $"--Storage:Path={db}");
        Assert.True(exit == 0, error);
        var copies = Directory.GetFiles(backups, "zerowork-*.db");
        Assert.NotEmpty(copies);
        foreach (var copy in copies)
        {
            Assert.True(LiteDbStore.ReadOnly(copy, s => s.Stations.Count()) > 0, copy);
        }

        Assert.All(Directory.GetFiles(backups), f => Assert.True(f.EndsWith(".db", StringComparison.Ordinal) || f.EndsWith(LiteDbStore.PartialSuffix, StringComparison.Ordinal), f));
        Directory.Delete(folder, recursive: true);
    }

    private static string WorkerPhone(int i) => $"1390000{i + 100:D4}";

    /// <summary>The workers the race post was pushed to, once its first wave is planned.</summary>
    private static async Task<string[]> PushedWorkers(ServiceProcess service, string db, string bossPhone)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var phones = LiteDbStore.ReadOnly(db, s =>
            {
                var post = s.Jobs.All().FirstOrDefault(j => j.Headcount == 2);
                return post is null
                    ? []
                    : s.Pushes.All().Where(p => p.JobId == post.Id && p.Wave == 1).Select(p => s.People.Find(p.WorkerId)!.Phone!).ToArray();
            });
            if (phones.Length == 6)
            {
                return phones;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"the post with {bossPhone} was not pushed to six workers");
    }
}
