using ZeroWork.Bot.Conversations;

namespace ZeroWork.Server.Tests.Conversations;

/// <summary>#16: 找活 after 退订 puts the worker back in the Matcher's index, so the next post reaches them.</summary>
public sealed class ResumeTests
{
    [Fact]
    public void A_worker_who_texts_zhaohuo_after_tuiding_is_pushed_again()
    {
        using var scene = new Scene();
        var worker = scene.Worker("13901000001");
        Assert.Equal(Replies.OptedOut, worker.Say("退订"));

        Assert.StartsWith(Replies.Resumed, worker.Say("找活"));
        var job = scene.Post();

        var push = scene.PushedTo(job, "13901000001");
        Assert.NotNull(push.OutboxId);
        Assert.False(scene.Person("13901000001").OptedOut);
    }

    [Fact]
    public void An_opted_out_worker_is_not_pushed()
    {
        using var scene = new Scene();
        scene.Worker("13901000002");
        var near = scene.Worker("13901000003");
        scene.Sms("13901000002").Say("T");

        var job = scene.Post();

        scene.PushedTo(job, "13901000003");
        var id = scene.Person("13901000002").Id;
        Assert.False(scene.Db.Pushes.Exists(p => p.JobId == job.Id && p.WorkerId == id));
    }
}
