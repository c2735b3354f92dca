using ZeroWork.Market.Jobs;
using ZeroWork.Market.People;

namespace ZeroWork.Matcher.TakeUp;

/// <summary>Who to call about a post: the contact the post names, else the employer's profile, else the employer.</summary>
public static class JobContacts
{
    public static (string Name, string? Phone) Of(JobPost job, Person? employer)
    {
        var given = job.ContactName ?? employer?.Employer?.ContactName ?? employer?.Name ?? job.EmployerName;
        var name = given?.Trim() is { Length: 1 } surname ? surname + "师傅" : given ?? "雇主";
        var phone = job.ContactPhone ?? employer?.Employer?.ContactPhone ?? employer?.Phone;
        return (name, phone);
    }

    /// <summary>A bare surname (the parse contract keeps 王 of 王师傅) reads as 王师傅.</summary>
    public static string NameOf(Person worker) => worker.Name?.Trim() switch
    {
        null or "" => "一位师傅",
        { Length: 1 } surname => surname + "师傅",
        var name => name,
    };
}
