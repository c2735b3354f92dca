namespace ZeroWork.Matcher.Planning;

public enum PushOutcome
{
    Written,
    JobNotOpen,
    NotAWorker,
    AlreadyPushed,
    Capped,
    Unreachable,
}
