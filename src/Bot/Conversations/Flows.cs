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

    /// <summary>A name asked for after registering or publishing (第七条); any other message leaves it.</summary>
    public const string Name = "name";

    /// <summary>A WeChat worker asked for a phone before their first take-up; the job waits in the slots.</summary>
    public const string Phone = "phone";

    /// <summary>Which of several jobs or posts the person means; the action waits in the slots.</summary>
    public const string Choose = "choose";

    /// <summary>After a consultation opens, follow-ups join its thread.</summary>
    public const string Consulting = "consulting";
}
