using ZeroWork.Market.Geography;

namespace ZeroWork.Server.Tests.Conversations;

/// <summary>#12 Context: a place named once applies to later messages; a shared name nothing settles is asked about, never taken as the first of that name.</summary>
public sealed class PlaceContextTests
{
    private static GeoPoint Banqiao(string district) => Gazetteer.Xiangyang.FindAll("板桥").First(p => p.District == district).Point;

    [Fact]
    public void A_stranger_naming_a_shared_place_is_asked_which_and_the_suggested_answer_settles_it()
    {
        using var scene = new Scene();
        var worker = scene.Sms("13900910001");

        var ask = worker.Say("住板桥 会小工 姓王");

        Assert.Contains("哪个县市", ask);
        Assert.Contains("南漳县", ask);
        Assert.Contains("宜城市", ask);
        Assert.Null(scene.Db.People.ByPhone("13900910001")?.Worker);

        var done = worker.Say("南漳板桥");

        Assert.Contains("登记好了", done);
        var person = scene.Person("13900910001");
        Assert.Equal("nanzhang", person.District);
        Assert.Equal(Banqiao("nanzhang"), person.Worker!.Home);
        Assert.Contains("construction_helper", person.Worker.Skills);
    }

    [Fact]
    public void A_wage_complaint_naming_a_shared_place_opens_the_consultation_without_a_place_question()
    {
        using var scene = new Scene();
        var someone = scene.Sms("13900910009");

        var reply = someone.Say("在板桥那边干了五天 老板欠我工钱不给");

        Assert.DoesNotContain("哪个县市", reply);
        var consultation = Assert.Single(scene.Db.Consultations.All());
        Assert.Equal(ZeroWork.Market.Consultations.ConsultationKind.LabourRights, consultation.Kind);
    }

    [Fact]
    public void A_worker_registered_in_yicheng_gets_yichengs_banqiao_without_a_question()
    {
        using var scene = new Scene();
        var worker = scene.Worker("13900910002", "会小工 住宜城板桥 姓王");
        Assert.Equal("yicheng", scene.Person("13900910002").District);

        var reply = worker.Say("住板桥 会小工");

        Assert.DoesNotContain("哪个县市", reply);
        var person = scene.Person("13900910002");
        Assert.Equal("yicheng", person.District);
        Assert.Equal(Banqiao("yicheng"), person.Worker!.Home);
    }

    [Fact]
    public void A_worker_registered_in_nanzhang_searching_banqiao_finds_nanzhangs_post()
    {
        using var scene = new Scene();
        var job = scene.Post($"明天早上7点南漳板桥要2个小工 一天200 电话{Scene.BossPhone}");
        Assert.Equal("nanzhang", job.District);
        var worker = scene.Worker("13900910003", "会小工 住南漳城关 姓王");

        var reply = worker.Say("明天在板桥有活吗");

        Assert.DoesNotContain("哪个县市", reply);
        Assert.True(reply!.Contains("附近的活", StringComparison.Ordinal) && reply.Contains("距0米", StringComparison.Ordinal), reply);
    }

    [Fact]
    public void An_employer_who_named_the_county_earlier_in_the_post_gets_that_countys_place_for_a_bare_shared_name()
    {
        using var scene = new Scene();
        scene.Boss.Say($"宜城要2个小工 明天早上7点 一天200 电话{Scene.BossPhone}");

        var summary = scene.Boss.Say("地方在板桥");

        Assert.DoesNotContain("哪个县市", summary);
        Assert.Contains("板桥", summary);
        scene.Boss.Say("1");
        var job = scene.Db.Jobs.All().Single();
        Assert.Equal("yicheng", job.District);
        Assert.Equal(Banqiao("yicheng"), job.Point);
    }

    [Fact]
    public void An_employer_with_no_county_known_is_asked_and_the_answer_settles_the_post()
    {
        using var scene = new Scene();
        scene.Boss.Say($"明天早上7点要2个小工 一天200 电话{Scene.BossPhone}");

        var ask = scene.Boss.Say("板桥");

        Assert.Contains("哪个县市", ask);
        var summary = scene.Boss.Say("宜城板桥");
        Assert.Contains("回复1确认发布", summary);
        scene.Boss.Say("1");
        var job = scene.Db.Jobs.All().Single();
        Assert.Equal("yicheng", job.District);
        Assert.Equal(Banqiao("yicheng"), job.Point);
    }
}
