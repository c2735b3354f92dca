namespace ZeroWork.Bot.Conversations;

/// <summary>Names of the dialogue flows kept in <c>ConversationState.Flow</c>.</summary>
public static class Flows
{
    public const string Post = "post";
    public const string Register = "register";
    public const string Menu = "menu";
    public const string Rights = "rights";
    public const string Policy = "policy";
    public const string Training = "training";
}
