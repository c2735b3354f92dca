using ZeroWork.Market.Consultations;
using ZeroWork.Market.Stations;

namespace ZeroWork.Server.Tests.Conversations;

/// <summary>#16 item 5 and #17 item 2: consultations go to the place the message or the person names, else the city 总站; follow-ups stay in one thread; wage complaints are rights consultations.</summary>
public sealed class ConsultationRoutingTests
{
    private static Station StationOf(Scene scene, Consultation c) => scene.Db.Stations.FindById(c.StationId);

    [Fact]
    public void A_complaint_naming_dongjin_goes_to_a_dongjin_station_and_is_signed_by_it()
    {
        using var scene = new Scene();
        var someone = scene.Sms("13900400001");

        var reply = someone.Say("我在东津那边干活 老板欠我工资不给");

        var consultation = Assert.Single(scene.Db.Consultations.FindAll());
        var station = StationOf(scene, consultation);
        Assert.Equal("dongjin", station.District);
        Assert.Contains(station.Name, reply);
        Assert.DoesNotContain("保康", reply);
    }

    [Fact]
    public void A_complaint_with_no_place_from_a_stranger_goes_to_the_city_hub()
    {
        using var scene = new Scene();
        var someone = scene.Sms("13900400002");

        var reply = someone.Say("老板欠我工资三个月不给 怎么办");

        var consultation = Assert.Single(scene.Db.Consultations.FindAll());
        Assert.Equal(StationLevel.CityHub, StationOf(scene, consultation).Level);
        Assert.Contains("总站", reply);
    }

    [Fact]
    public void A_registered_workers_complaint_goes_to_the_station_of_where_they_live()
    {
        using var scene = new Scene();
        var worker = scene.Worker("13900400003", "会瓦工 住七里河 姓孙");

        worker.Say("老板拖欠工资两个月了");

        var consultation = Assert.Single(scene.Db.Consultations.FindAll());
        Assert.Equal(scene.Person("13900400003").StationId, consultation.StationId);
        Assert.NotEqual("sub-baokang", consultation.StationId);
    }

    [Fact]
    public void A_follow_up_joins_the_same_thread()
    {
        using var scene = new Scene();
        var someone = scene.Sms("13900400004");
        someone.Say("樊城这边老板欠我工钱不给");

        var reply = someone.Say("老板姓张 电话13800001111 干了5天");

        Assert.Contains("已补充", reply);
        var consultation = Assert.Single(scene.Db.Consultations.FindAll());
        Assert.Equal(2, consultation.Thread.Count);
        Assert.Contains("姓张", consultation.Thread[1].Text);
        Assert.False(scene.Person("13900400004").IsWorker);
    }

    [Fact]
    public void Gongqian_meijie_is_a_rights_consultation_not_the_menu()
    {
        using var scene = new Scene();
        var someone = scene.Sms("13900400005");

        var reply = someone.Say("工钱没结");

        Assert.Contains("已收到", reply);
        Assert.Equal(ConsultationKind.LabourRights, Assert.Single(scene.Db.Consultations.FindAll()).Kind);
    }

    [Fact]
    public void Shangci_xiehuo_de_qian_laoban_hai_mei_gei_is_a_complaint_and_leaves_the_registration_alone()
    {
        using var scene = new Scene();
        var worker = scene.Worker("13900400006", "会小工 住檀溪路 姓钱");

        worker.Say("上次卸货的钱老板还没给");

        Assert.Equal(ConsultationKind.LabourRights, Assert.Single(scene.Db.Consultations.FindAll()).Kind);
        Assert.Equal(["construction_helper"], scene.Person("13900400006").Worker!.Skills);
    }

    [Fact]
    public void A_second_complaint_the_next_day_stays_in_the_open_thread()
    {
        using var scene = new Scene();
        var someone = scene.Sms("13900400007");
        someone.Say("在襄城干了三天 工资一直拖着不给");
        scene.Factory.Time.Advance(TimeSpan.FromHours(20));

        someone.Say("还是没给钱 老板电话也不接");

        var consultation = Assert.Single(scene.Db.Consultations.FindAll());
        Assert.Equal(2, consultation.Thread.Count);
    }

    [Fact]
    public void A_policy_question_with_no_place_goes_to_the_hub()
    {
        using var scene = new Scene();
        var someone = scene.WeChat("o-route-8");

        someone.Say("灵活就业人员社保补贴怎么申领");

        var consultation = Assert.Single(scene.Db.Consultations.FindAll());
        Assert.Equal(ConsultationKind.Policy, consultation.Kind);
        Assert.Equal(StationLevel.CityHub, StationOf(scene, consultation).Level);
    }

    [Fact]
    public void Renggong_from_a_stranger_goes_to_the_hub()
    {
        using var scene = new Scene();
        var someone = scene.Sms("13900400009");

        var reply = someone.Say("人工");

        Assert.Contains("总站", reply);
        Assert.Equal("hub", Assert.Single(scene.Db.Consultations.FindAll()).StationId);
    }
}
