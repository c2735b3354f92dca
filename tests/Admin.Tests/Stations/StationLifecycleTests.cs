using ZeroWork.Admin.Pages.Stations;
using ZeroWork.Admin.Security;
using ZeroWork.Market.Staff;
using ZeroWork.Market.Stations;

namespace ZeroWork.Admin.Tests.Stations;

public sealed class StationLifecycleTests
{
    private static readonly DateTime Now = new(2026, 3, 10, 2, 0, 0, DateTimeKind.Utc);
    private static readonly Jurisdiction County = new("county", StaffRole.County, "xiangzhou", null);
    private static readonly Jurisdiction Bureau = new("bureau", StaffRole.County, "xiangzhou", null);
    private static readonly Jurisdiction OtherCounty = new("other", StaffRole.County, "fancheng", null);
    private static readonly Jurisdiction City = new("city", StaffRole.City, null, null);
    private static readonly Jurisdiction StationStaff = new("clerk", StaffRole.Station, null, "tw-xiangzhou-50");

    private static Station Applied(double area = 45) => new()
    {
        Id = "tw-xiangzhou-50",
        Name = "双沟零工驿站",
        Level = StationLevel.Township,
        ParentId = "sub-xiangzhou",
        District = "xiangzhou",
        Township = "双沟镇",
        Address = "襄州区双沟镇人社服务中心",
        HasFixedPremises = true,
        AreaSquareMeters = area,
        Staff = ["王站长", "李干事"],
        Services = ["信息登记", "信息发布", "政策咨询"],
        ServiceRules = "值班制度",
        State = StationState.Applied,
    };

    private static Station Take(Station s, StationAction a, Jurisdiction who, string? note = null, DateTime? deadline = null, DateTime? now = null)
    {
        var (updated, error) = StationLifecycle.Take(s, a, who, note, deadline, now ?? Now);
        Assert.True(updated is not null, error);
        return updated!;
    }

    [Fact]
    public void Application_goes_review_approve_file_plaque_with_history()
    {
        var s = Take(Applied(), StationAction.Review, County, "材料齐全");
        Assert.Equal(StationState.Reviewed, s.State);
        s = Take(s, StationAction.Approve, Bureau);
        Assert.Equal(StationState.Approved, s.State);
        s = Take(s, StationAction.File, City);
        Assert.Equal(StationState.Operating, s.State);
        Assert.Null(s.Plaque);
        s = Take(s, StationAction.GrantPlaque, County);
        Assert.Equal("双沟零工驿站", s.Plaque);
        Assert.Equal(["county", "bureau", "city", "county"], s.History.Select(h => h.Actor));
        Assert.Equal("材料齐全", s.History[0].Note);
        Assert.All(s.History, h => Assert.Equal(Now, h.At));
    }

    [Theory]
    [InlineData(StationAction.Approve)]
    [InlineData(StationAction.File)]
    [InlineData(StationAction.GrantPlaque)]
    [InlineData(StationAction.ApproveRevocation)]
    public void Steps_out_of_order_are_refused(StationAction action)
    {
        var who = StationLifecycle.StepOf(action).Role == StaffRole.City ? City : County;
        var (updated, error) = StationLifecycle.Take(Applied(), action, who, "x", null, Now);
        Assert.Null(updated);
        Assert.Contains("当前状态", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_right_role_in_the_right_jurisdiction_may_take_a_step()
    {
        Assert.Contains("县级", StationLifecycle.Take(Applied(), StationAction.Review, City, null, null, Now).Error, StringComparison.Ordinal);
        Assert.Contains("管辖", StationLifecycle.Take(Applied(), StationAction.Review, OtherCounty, null, null, Now).Error, StringComparison.Ordinal);
        Assert.Contains("县级", StationLifecycle.Take(Applied(), StationAction.Review, StationStaff, null, null, Now).Error, StringComparison.Ordinal);
        var approved = Applied() with { State = StationState.Approved };
        Assert.Contains("市级", StationLifecycle.Take(approved, StationAction.File, County, null, null, Now).Error, StringComparison.Ordinal);
        Assert.Empty(StationLifecycle.Available(Applied(), StationStaff, Now));
        Assert.Equal([StationAction.Review, StationAction.Reject], StationLifecycle.Available(Applied(), County, Now).Select(s => s.Action));
        Assert.Empty(StationLifecycle.Available(Applied(), City, Now));
    }

    [Fact]
    public void Review_is_refused_when_the_conditions_are_not_met()
    {
        var (updated, error) = StationLifecycle.Take(Applied(area: 20), StationAction.Review, County, null, null, Now);
        Assert.Null(updated);
        Assert.Contains("条件", error, StringComparison.Ordinal);
        Assert.False(StationConditions.Check(Applied(area: 20))[1].Met);
        Assert.True(StationConditions.AllMet(Applied(area: 30)));
        Assert.False(StationConditions.AllMet(Applied() with { Staff = [] }));
        Assert.False(StationConditions.AllMet(Applied() with { HasFixedPremises = false }));
    }

    [Fact]
    public void Rectification_needs_a_reason_and_a_future_deadline_and_revocation_runs_request_approve_file()
    {
        var operating = Applied() with { State = StationState.Operating, Plaque = "双沟零工驿站" };
        Assert.NotNull(StationLifecycle.Take(operating, StationAction.OrderRectification, County, "", Now.AddDays(30), Now).Error);
        Assert.NotNull(StationLifecycle.Take(operating, StationAction.OrderRectification, County, "服务不优", Now.AddDays(-1), Now).Error);
        var rectifying = Take(operating, StationAction.OrderRectification, County, "服务不优", Now.AddDays(30));
        Assert.Equal(StationState.Rectifying, rectifying.State);
        Assert.Equal(Now.AddDays(30), rectifying.RectifyBy);

        Assert.NotNull(StationLifecycle.Take(operating, StationAction.RequestRevocation, County, "问题突出", null, Now).Error);
        var early = StationLifecycle.Take(rectifying, StationAction.RequestRevocation, County, "逾期未整改", null, Now.AddDays(10)).Error;
        Assert.Contains("整改期限", early, StringComparison.Ordinal);
        var late = Now.AddDays(31);
        Assert.NotNull(StationLifecycle.Take(rectifying, StationAction.RequestRevocation, County, null, null, late).Error);
        var requested = Take(rectifying, StationAction.RequestRevocation, County, "逾期未整改", now: late);
        Assert.Contains("另一位", StationLifecycle.Take(requested, StationAction.ApproveRevocation, County, null, null, late).Error, StringComparison.Ordinal);
        var approved = Take(requested, StationAction.ApproveRevocation, Bureau, now: late);
        Assert.NotNull(StationLifecycle.Take(approved, StationAction.FileRevocation, County, null, null, late).Error);
        var revoked = Take(approved, StationAction.FileRevocation, City, now: late);
        Assert.Equal(StationState.Revoked, revoked.State);
        Assert.Null(revoked.Plaque);
        Assert.Empty(StationLifecycle.Available(revoked, County, late));
        Assert.Equal(["下达限期整改", "撤销申报（填写撤销申报表）", "批准撤销（县人社部门）", "撤销备案（市劳动就业管理局）"], revoked.History.Select(h => h.Action));
    }

    [Fact]
    public void Sub_stations_and_the_hub_have_no_lifecycle_steps()
    {
        var sub = Applied() with { Id = "sub-xiangzhou", Level = StationLevel.SubStation, State = StationState.Operating };
        Assert.Empty(StationLifecycle.Available(sub, County, Now));
    }

    [Theory]
    [InlineData("双沟镇", "双沟零工驿站")]
    [InlineData("七里河街道", "七里河零工驿站")]
    [InlineData("尹集乡", "尹集零工驿站")]
    public void The_plaque_reads_XX_gig_station(string township, string plaque) =>
        Assert.Equal(plaque, StationLifecycle.PlaqueFor(Applied() with { Township = township }));

    [Fact]
    public void The_reviewer_cannot_also_approve()
    {
        var reviewed = Take(Applied(), StationAction.Review, County, "材料齐全");
        var (updated, error) = StationLifecycle.Take(reviewed, StationAction.Approve, County, null, null, Now);
        Assert.Null(updated);
        Assert.Contains("另一位工作人员", error, StringComparison.Ordinal);
        Assert.DoesNotContain(StationLifecycle.Available(reviewed, County, Now), s => s.Action == StationAction.Approve);
        Assert.Contains(StationLifecycle.Available(reviewed, Bureau, Now), s => s.Action == StationAction.Approve);
    }

    [Theory]
    [InlineData(StationAction.RejectRevocation)]
    [InlineData(StationAction.WithdrawRevocation)]
    public void A_revocation_request_can_be_rejected_or_withdrawn_back_to_rectification(StationAction action)
    {
        var late = Now.AddDays(31);
        var rectifying = Applied() with { State = StationState.Rectifying, RectifyBy = Now.AddDays(30) };
        var requested = Take(rectifying, StationAction.RequestRevocation, County, "逾期未整改", now: late);
        Assert.NotNull(StationLifecycle.Take(requested, action, Bureau, null, null, late).Error);
        var back = Take(requested, action, action == StationAction.WithdrawRevocation ? County : Bureau, "已整改到位", now: late);
        Assert.Equal(StationState.Rectifying, back.State);
        Assert.Equal(rectifying.RectifyBy, back.RectifyBy);
        if (action == StationAction.RejectRevocation)
        {
            Assert.NotNull(StationLifecycle.Take(requested, action, County, "x", null, late).Error);
        }
    }
}
