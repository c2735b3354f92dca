namespace ZeroWork.Bot.WeChat.Menu;

/// <summary>The <c>key</c> of each click button; a click arrives as a CLICK event with this EventKey.</summary>
public static class MenuKeys
{
    public const string FindWork = "MENU_FIND_WORK";
    public const string PostJob = "MENU_POST_JOB";
    public const string Rights = "MENU_RIGHTS";
    public const string Policy = "MENU_POLICY";
    public const string Training = "MENU_TRAINING";
    public const string Human = "MENU_HUMAN";

    public static readonly IReadOnlyList<string> All = [FindWork, PostJob, Rights, Policy, Training, Human];
}
