namespace ZeroWork.Bot.Conversations;

/// <summary>The fixed texts the bot says: short, plain, polite simplified Chinese.</summary>
public static class Replies
{
    public const string Menu = "您好，这里是襄阳零工市场。请回复数字：1找活 2招工 3维权 4政策 5培训 0人工。也可以直接说，比如“明天有空 会瓦工 住七里河 一天两百”。";

    public const string Welcome = "欢迎关注襄阳零工市场！找活、招工直接发消息就行，比如“明早7点檀溪路要2个小工一天180”。回复数字：1找活 2招工 3维权 4政策 5培训 0人工。";

    public const string VoiceNotRecognised = "抱歉，没听清您的语音。请发文字给我们，或拨打零工市场热线0710-12333。";

    public const string MediaNotSupported = "收到啦。图片和链接我们暂时看不了，请用文字说说您要找活还是招工。";

    public const string AskSkill = "请问是什么活？比如：小工、瓦工、电工、保洁、搬运。";

    public const string AskWorkerSkill = "请问您会做什么活？比如：小工、瓦工、电工、保洁、搬运。";

    public const string AskPlace = "请问在哪里干活？发个地名（如“檀溪路”“七里河”），微信也可以发个位置。";

    public const string AskHome = "请问您住在哪里？发个地名（如“七里河”“太平店”），微信也可以发个位置。";

    public const string AskDate = "请问哪天干活、几点开始？比如“明天早上7点”。";

    public const string AskPay = "请问工钱多少？比如“一天180”或“每小时25”。";

    public const string AskPhone = "请留个联系电话，有人接活时通知您。";

    public const string AskPostDetails = "好的，请说说要招什么工、在哪里、哪天、多少钱，比如“明天7点檀溪路要2个小工一天180”。";

    public const string AskModify = "请直接发要改的内容，比如“改成3个人”“不对，是后天”。";

    /// <summary>Leaving the post flow before anything was published: says exactly that.</summary>
    public const string PostAbandoned = "好的，这条招工没有发布，已作废。";

    /// <summary>Leaving the registration: nothing was saved.</summary>
    public const string RegisterAbandoned = "好的，不登记了，刚才说的没有保存。";

    /// <summary>The short answer to anything not understood: three ways on at most.</summary>
    public const string Fallback = "没看懂。找活请说“会什么 住哪里”，招工请说“哪天哪里要几个人 多少钱”，回0转人工。";

    public const string AskUnitName = "用工方怎么称呼？回单位名或您的姓名，比如“汉江建筑”“李姐”。";

    public const string AskWorkerName = "怎么称呼您？回个姓就行，比如“姓王”。";

    public const string AskPhoneBeforeTaking = "接单前请留个手机号，方便雇主联系您（只给这个活的雇主）。";

    public const string NoJobsTaken = "您现在没有接下的活。发“找活”看看附近的活。";

    public const string NoOpenPosts = "您目前没有正在招工的信息。";

    public static string AskPayUnit(string amount) => $"{amount}是一天的，还是这个活一共{amount}？回1一天 2一共";

    public const string AskRights = "请说说遇到了什么问题（比如欠薪、受伤），我们会转给工作人员尽快回复您。";

    public const string AskPolicy = "请说说想了解哪方面的政策（如社保补贴、灵活就业参保），我们会转给工作人员回复。";

    public const string AskTraining = "请问想学什么技能？比如电焊、育婴师、家政。";

    public const string OptedOut = "已退订，不再给您推送岗位。想再收到时，发“找活”就行。";

    public const string Resumed = "欢迎回来，已为您恢复岗位推送。";

    public const string NoPendingJob = "您现在没有待回复的岗位。发“找活”看看附近的活。";

    public const string Declined = "好的，这个活不去了。有别的合适的再通知您。";

    public const string NothingNearby = "附近暂时没有合适的活，有了会第一时间通知您。";
}
