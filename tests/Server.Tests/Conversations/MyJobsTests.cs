using ZeroWork.Bot.Conversations;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.Messaging;

namespace ZeroWork.Server.Tests.Conversations;

/// <summary>#16 item 4: after taking a job the worker can get it back ("我的活", "在哪里", "老板电话多少") and give it back ("去不了了").</summary>
public sealed class MyJobsTests
{
    [Fact]
    public void Wode_huo_lists_the_taken_job_with_place_time_pay_and_the_employers_number()
    {
        using var scene = new Scene();
        var worker = scene.Worker("13900300001");
        var job = scene.Post();
        scene.PushedTo(job, "13900300001");
        worker.Say("1");

        var reply = worker.Say("我的活");

        Assert.Contains("檀溪路", reply);
        Assert.Contains("07:00", reply);
        Assert.Contains("一天200元", reply);
        Assert.Contains(Scene.BossPhone, reply);
        Assert.Contains(scene.Db.Audit.Between(DateTime.MinValue, DateTime.MaxValue, oldestFirst: true), a => a.Action == "contact.reveal" && a.Subject == $"job:{job.Id}");
    }

    [Fact]
    public void Zai_nali_after_taking_answers_from_the_taken_job()
    {
        using var scene = new Scene();
        var worker = scene.Worker("13900300002");
        var job = scene.Post();
        scene.PushedTo(job, "13900300002");
        worker.Say("接");

        var reply = worker.Say("在哪里");

        Assert.Contains("地点：檀溪路", reply);
        Assert.NotEqual(Replies.NoPendingJob, reply);
    }

    [Fact]
    public void Laoban_dianhua_duoshao_after_taking_gives_the_number()
    {
        using var scene = new Scene();
        var worker = scene.Worker("13900300003");
        var job = scene.Post();
        scene.PushedTo(job, "13900300003");
        worker.Say("1");

        Assert.Contains(Scene.BossPhone, worker.Say("老板电话多少"));
    }

    [Fact]
    public void Jidiandao_after_taking_gives_the_start_time()
    {
        using var scene = new Scene();
        var worker = scene.Worker("13900300004");
        var job = scene.Post();
        scene.PushedTo(job, "13900300004");
        worker.Say("1");

        Assert.Contains("07:00", worker.Say("几点到"));
    }

    [Fact]
    public void The_jiedan_chenggong_sms_carries_place_and_pay_and_goes_through_its_template()
    {
        using var scene = new Scene();
        var worker = scene.Worker("13900300005");
        var job = scene.Post();
        scene.PushedTo(job, "13900300005");

        var reply = worker.Say("1");

        Assert.Contains("檀溪路", reply);
        Assert.Contains("日薪200", reply);
        var sms = scene.OutboxTo("13900300005").Last(m => m.Purpose == "reply");
        Assert.Equal(MessageTemplates.JobTaken.Name, sms.Template);
        Assert.Contains("檀溪路", sms.Text);
    }

    [Fact]
    public void Mingtian_qubuliaole_gives_the_job_back_tells_the_employer_and_reopens_the_place()
    {
        using var scene = new Scene();
        var worker = scene.Worker("13900300006");
        var job = scene.Post($"明天早上7点檀溪路要1个小工 一天200 电话{Scene.BossPhone}");
        scene.PushedTo(job, "13900300006");
        worker.Say("1");
        Assert.Equal(JobStatus.Filled, scene.Db.Jobs.Find(job.Id)!.Status);

        var reply = worker.Say("明天去不了了");

        Assert.Contains("已退掉", reply);
        var reopened = scene.Db.Jobs.Find(job.Id)!;
        Assert.Empty(reopened.TakerIds);
        Assert.Equal(JobStatus.Published, reopened.Status);
        Assert.Equal(PushState.Withdrawn, scene.PushedTo(job, "13900300006").State);
        Assert.Contains(scene.BossNotices(), t => t.Contains("说去不了了", StringComparison.Ordinal) && t.Contains($"编号{job.Id}", StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_given_back_is_pushed_once_to_the_next_workers_who_had_not_heard_of_the_post()
    {
        using var scene = new Scene();
        var phones = Enumerable.Range(1, 5).Select(i => $"1390031000{i}").ToList();
        var workers = phones.ToDictionary(p => p, p => scene.Worker(p, $"会小工 住檀溪路 姓{"赵钱孙李周"[phones.IndexOf(p)]}"));
        var job = scene.Post($"明天早上7点檀溪路要1个小工 一天200 电话{Scene.BossPhone}");
        Scene.Eventually(() => scene.Db.Pushes.OfJob(job.Id).Count() == 3, "the first wave (3 × 1 place) planned");
        var first = scene.Db.Pushes.OfJob(job.Id).ToList();
        var taker = phones.First(p => first.Any(x => x.WorkerId == scene.Person(p).Id));
        workers[taker].Say("1");
        Assert.Equal(JobStatus.Filled, scene.Db.Jobs.Find(job.Id)!.Status);

        Assert.Contains("已退掉", workers[taker].Say("明天去不了了"));

        var after = scene.Db.Pushes.OfJob(job.Id).ToList();
        var refill = after.Where(p => p.Wave > 2).ToList();
        var unheard = phones.Select(p => scene.Person(p).Id).Where(id => first.All(x => x.WorkerId != id)).ToHashSet();
        Assert.Equal(unheard, refill.Select(p => p.WorkerId).ToHashSet());
        Assert.Single(refill.Select(p => p.Wave).Distinct());
        Assert.All(refill, p => Assert.Contains(scene.OutboxTo(scene.Db.People.Find(p.WorkerId)!.Phone!), m => m.Purpose == "push" && m.IdempotencyKey == $"push:{job.Id}:{p.WorkerId}"));
        Assert.Equal(after.Count, after.Select(p => p.WorkerId).Distinct().Count());

        var second = phones.First(p => scene.Person(p).Id == refill[0].WorkerId);
        workers[second].Say("1");
        workers[second].Say("明天去不了了");
        Assert.Equal(after.Count, scene.Db.Pushes.OfJob(job.Id).Count());
    }

    [Fact]
    public void With_two_taken_jobs_qubuliao_asks_which_and_gives_back_the_one_picked()
    {
        using var scene = new Scene();
        var worker = scene.Worker("13900300007");
        var first = scene.Post();
        scene.Boss.Say("汉江建筑");
        scene.PushedTo(first, "13900300007");
        worker.Say("1");
        var second = scene.Post($"后天8点檀溪路要2个小工 一天220 电话{Scene.BossPhone}");
        scene.PushedTo(second, "13900300007");
        worker.Say("1");

        var ask = worker.Say("去不了了");
        Assert.Contains("哪个去不了", ask);
        Assert.Equal(2, scene.Db.Jobs.Find(second.Id)!.TakerIds.Count + scene.Db.Jobs.Find(first.Id)!.TakerIds.Count);

        worker.Say("2");

        Assert.Single(scene.Db.Jobs.Find(first.Id)!.TakerIds);
        Assert.Empty(scene.Db.Jobs.Find(second.Id)!.TakerIds);
    }

    [Fact]
    public void A_worker_cannot_take_two_jobs_the_same_day()
    {
        using var scene = new Scene();
        var worker = scene.Worker("13900300008");
        var first = scene.Post();
        scene.Boss.Say("汉江建筑");
        scene.PushedTo(first, "13900300008");
        worker.Say("1");
        var second = scene.Post($"明天下午2点檀溪路要2个小工 一天150 电话{Scene.BossPhone}");
        scene.PushedTo(second, "13900300008");

        var reply = worker.Say("1");

        Assert.Contains("同一天不能再接", reply);
        Assert.Empty(scene.Db.Jobs.Find(second.Id)!.TakerIds);
        Assert.Single(scene.Db.Jobs.Find(first.Id)!.TakerIds);
    }

    [Fact]
    public void Qubuliao_with_a_new_push_waiting_gives_back_the_taken_job_not_the_new_one()
    {
        using var scene = new Scene();
        var worker = scene.Worker("13900300009");
        var taken = scene.Post();
        scene.Boss.Say("汉江建筑");
        scene.PushedTo(taken, "13900300009");
        worker.Say("1");
        var waiting = scene.Post($"后天8点檀溪路要2个小工 一天220 电话{Scene.BossPhone}");
        scene.PushedTo(waiting, "13900300009");

        worker.Say("明天去不了了");

        Assert.Empty(scene.Db.Jobs.Find(taken.Id)!.TakerIds);
        Assert.Equal(PushState.Queued, scene.PushedTo(waiting, "13900300009").State);
    }

    [Fact]
    public void Wode_huo_with_nothing_taken_says_so()
    {
        using var scene = new Scene();
        var worker = scene.Worker("13900300010");

        Assert.Equal(Replies.NoJobsTaken, worker.Say("我的活"));
    }
}
