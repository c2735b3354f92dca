using ZeroWork.Admin.Pages;
using ZeroWork.Admin.Security;
using ZeroWork.Market.Geography;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.People;
using ZeroWork.Market.Storage;
using ZeroWork.Market.Time;

namespace ZeroWork.Admin.Exports;

/// <summary>The registers as tables, limited to the stations in view (null = the whole city). Phones and free text are masked unless
/// <c>full</c> is set; simulator users and their records are left out, as in the lists.</summary>
public static class RegisterExports
{
    public static readonly IReadOnlyList<string> Kinds = ["people", "posts", "consultations", "training"];

    public static string TitleOf(string kind) => kind switch
    {
        "people" => "人员登记",
        "posts" => "招工信息",
        "consultations" => "咨询受理",
        _ => "培训报名",
    };

    public static ExportTable? Build(string? kind, IMarketStore db, IReadOnlySet<string>? stations, bool full, Func<string?, string> stationName) => kind switch
    {
        "people" => People(db, stations, full, stationName),
        "posts" => Posts(db, stations, full, stationName),
        "consultations" => Consultations(db, stations, full, stationName),
        "training" => Training(db, stations, full, stationName),
        _ => null,
    };

    private static ExportTable People(IMarketStore db, IReadOnlySet<string>? stations, bool full, Func<string?, string> stationName)
    {
        var people = db.People.All().Where(p => Jurisdiction.Includes(stations, p.StationId) && !Sandbox.IsPerson(p)).OrderBy(p => p.Id).ToList();
        var phones = new Contact(full);
        object?[] Row(Person p) =>
        [
            p.Id, p.Name ?? "", Kind(p), phones.Of(p.Phone), string.IsNullOrEmpty(p.OpenId) ? "否" : "是",
            p.Worker is { } w ? SkillNames.Of(w.Skills) : "", p.Worker is { } w2 ? SkillNames.Pay(w2.PayWanted, w2.PayWanted, w2.PayUnit) : "",
            p.Worker?.HomePlace ?? "", p.Employer?.UnitName ?? "", p.Employer?.ContactName ?? "",
            stationName(p.StationId), Districts.NameOf(p.District), ChinaTime.Format(p.CreatedAt), p.OptedOut ? "已退订" : "",
        ];
        var rows = people.Select(Row).ToList();
        return new ExportTable(TitleOf("people"),
            ["编号", "姓名", "类型", "电话", "已绑定微信", "技能（求职意向）", "薪资要求", "住址", "用工单位", "联系人", "登记驿站", "区县", "登记时间", "退订"], rows, phones.Revealed);
    }

    private static ExportTable Posts(IMarketStore db, IReadOnlySet<string>? stations, bool full, Func<string?, string> stationName)
    {
        var posts = db.Jobs.All().Where(j => Jurisdiction.Includes(stations, j.Collector.StationId) && !Sandbox.IsPost(j)).OrderBy(j => j.Id).ToList();
        var phones = new Contact(full);
        var rows = posts.Select(j => new object?[]
        {
            j.Id, j.EmployerName ?? "", SkillNames.Of(j.Skills), j.Headcount, j.TakerIds.Count, SkillNames.Pay(j.PayMin, j.PayMax, j.PayUnit),
            j.WorkDate ?? "", j.StartTime ?? "", j.PlaceText ?? "", j.ContactName ?? "", phones.Of(j.ContactPhone),
            full ? j.Description ?? "" : AddressMask.Text(j.Description), RoleNames.Of(j.Status), stationName(j.Collector.StationId),
            ChinaTime.Format(j.CreatedAt), ChinaTime.Format(j.PublishedAt),
        }).ToList();
        return new ExportTable(TitleOf("posts"),
            ["编号", "用工方", "岗位（工种）", "人数", "已接人数", "劳务报酬", "用工日期", "开工时间", "地点", "联系人", "联系电话", "岗位要求", "状态", "采集驿站", "登记时间", "发布时间"], rows, phones.Revealed);
    }

    private static ExportTable Consultations(IMarketStore db, IReadOnlySet<string>? stations, bool full, Func<string?, string> stationName)
    {
        var phones = new Contact(full);
        var rows = new List<object?[]>();
        foreach (var c in db.Consultations.All().Where(c => Jurisdiction.Includes(stations, c.StationId)).OrderBy(c => c.Id))
        {
            var person = db.People.Find(c.PersonId);
            if (Sandbox.IsPerson(person))
            {
                continue;
            }

            var question = c.Thread.FirstOrDefault(m => m.FromStaff is null)?.Text;
            var answer = c.Thread.LastOrDefault(m => m.FromStaff is not null)?.Text;
            rows.Add(
            [
                c.Id, RoleNames.Of(c.Kind), person?.Name ?? "", phones.Of(person?.Phone), RoleNames.Of(c.Channel), stationName(c.StationId),
                RoleNames.Of(c.State), c.AssignedTo ?? "", ChinaTime.Format(c.CreatedAt), ChinaTime.Format(c.FirstResponseAt), ChinaTime.Format(c.ClosedAt),
                full ? question ?? "" : AddressMask.Text(question), full ? answer ?? "" : AddressMask.Text(answer),
            ]);
        }

        return new ExportTable(TitleOf("consultations"),
            ["编号", "类型", "咨询人", "电话", "渠道", "受理驿站", "状态", "经办人", "咨询时间", "首次答复时间", "办结时间", "咨询内容", "最近答复"], rows, phones.Revealed);
    }

    private static ExportTable Training(IMarketStore db, IReadOnlySet<string>? stations, bool full, Func<string?, string> stationName)
    {
        var phones = new Contact(full);
        var rows = new List<object?[]>();
        foreach (var course in db.Training.Courses().Where(c => Jurisdiction.Includes(stations, c.StationId)).OrderBy(c => c.Id))
        {
            foreach (var e in db.Training.EnrolmentsIn(course.Id).OrderBy(e => e.EnrolledAt))
            {
                var person = db.People.Find(e.PersonId);
                if (Sandbox.IsPerson(person))
                {
                    continue;
                }

                rows.Add(
                [
                    e.Id, course.Title, course.Skill is null ? "" : SkillNames.Of([course.Skill]), course.StartsOn ?? "", course.Subsidised ? "是" : "否",
                    stationName(course.StationId), person?.Name ?? "", phones.Of(person?.Phone), ChinaTime.Format(e.EnrolledAt),
                ]);
            }
        }

        return new ExportTable(TitleOf("training"), ["编号", "培训项目", "工种", "开班日期", "补贴培训", "驿站", "姓名", "电话", "报名时间"], rows, phones.Revealed);
    }

    private static string Kind(Person p) => (p.IsWorker, p.IsEmployer) switch
    {
        (true, true) => "求职/用工",
        (true, false) => "求职",
        (false, true) => "用工",
        _ => "",
    };

    /// <summary>Writes phones masked or in full, counting the full ones.</summary>
    private sealed class Contact(bool full)
    {
        public int Revealed { get; private set; }

        public string Of(string? phone)
        {
            if (string.IsNullOrEmpty(phone))
            {
                return "";
            }

            if (!full)
            {
                return PhoneMask.Mask(phone);
            }

            Revealed++;
            return phone;
        }
    }
}
