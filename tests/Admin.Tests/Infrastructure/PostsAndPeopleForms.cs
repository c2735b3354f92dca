namespace ZeroWork.Admin.Tests.Infrastructure;

internal static class PostsAndPeopleForms
{
    public static Dictionary<string, string> Post(string phone, string description = "搬运建材，包午饭", string pay = "200") => new()
    {
        ["Form.EmployerName"] = "襄州建材店",
        ["Form.ContactName"] = "刘老板",
        ["Form.ContactPhone"] = phone,
        ["Form.Skills"] = "porter",
        ["Form.Headcount"] = "2",
        ["Form.PayMin"] = pay,
        ["Form.PayMax"] = pay,
        ["Form.PayUnit"] = "day",
        ["Form.WorkDate"] = "2026-03-11",
        ["Form.StartTime"] = "07:00",
        ["Form.PlaceText"] = "双沟镇",
        ["Form.Description"] = description,
    };

    public static Dictionary<string, string> Worker(string phone, string name = "王大山") => new()
    {
        ["Form.Kind"] = "worker",
        ["Form.Name"] = name,
        ["Form.Phone"] = phone,
        ["Form.Skills"] = "bricklayer",
        ["Form.HomePlace"] = "双沟镇",
        ["Form.PayWanted"] = "200",
        ["Form.PayUnit"] = "day",
        ["Form.Age"] = "58",
        ["Form.Consent"] = "true",
    };
}
