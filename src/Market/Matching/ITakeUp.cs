namespace ZeroWork.Market.Matching;

/// <summary>Accept, decline and close, run synchronously inside the caller's transaction so the inbound message and its effects commit together. Implemented by the Matcher.</summary>
public interface ITakeUp
{
    TakeUpResult Accept(int workerId, int jobId);

    TakeUpResult Decline(int workerId, int jobId);

    TakeUpResult Close(int employerId, int? jobId);

    /// <summary>A taker cannot go after all: the place reopens and the employer is told.</summary>
    TakeUpResult Withdraw(int workerId, int jobId);
}
