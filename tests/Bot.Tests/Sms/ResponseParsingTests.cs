using ZeroWork.Bot.Sms.Api;

namespace ZeroWork.Bot.Tests.Sms;

/// <summary>The official and observed response examples from the vectors file.</summary>
public sealed class ResponseParsingTests
{
    [Fact]
    public void Send_success_has_one_status_per_number_in_any_order()
    {
        var reply = TencentResponseParser.Parse<SendSmsResult>(Response("sendsms-success-two-numbers-official"));

        Assert.True(reply.IsSuccess);
        Assert.Equal("a0aabda6-cf91-4f3e-a81f-9198114a2279", reply.RequestId);
        var status = Assert.Single(reply.Result!.SendStatusSet, s => s.PhoneNumber == "+8618511122266");
        Assert.True(status.IsOk);
        Assert.Equal("5000:1045710669157053657849499718", status.SerialNo);
        Assert.Equal(1, status.Fee);
        Assert.Equal("test", status.SessionContext);
        Assert.Equal("CN", status.IsoCode);
    }

    [Fact]
    public void Per_number_failure_is_a_200_without_error()
    {
        var reply = TencentResponseParser.Parse<SendSmsResult>(Response("sendsms-per-number-failure-observed"));

        Assert.True(reply.IsSuccess);
        var status = Assert.Single(reply.Result!.SendStatusSet);
        Assert.False(status.IsOk);
        Assert.Equal("LimitExceeded.PhoneNumberDailyLimit", status.Code);
        Assert.Equal("", status.SerialNo);
        Assert.Equal(0, status.Fee);
        Assert.Equal(SmsErrorKind.WaitThenRetry, TencentErrorCodes.Classify(status.Code));
    }

    [Fact]
    public void Error_envelope_is_a_request_level_failure()
    {
        var reply = TencentResponseParser.Parse<SendSmsResult>(Response("api-error-envelope-official"));

        Assert.False(reply.IsSuccess);
        Assert.Equal("AuthFailure.SignatureFailure", reply.Error!.Code);
        Assert.Equal("ed93f3cb-f35e-473f-b9f3-0d451b8b79c6", reply.RequestId);
        Assert.Equal("AuthFailure.SignatureFailure", TencentResponseParser.ErrorCode(Response("api-error-envelope-official")));
    }

    [Fact]
    public void Pulled_send_statuses_parse()
    {
        var reply = TencentResponseParser.Parse<PullSmsSendStatusResult>(Response("pullsmssendstatus-official"));

        Assert.Equal(2, reply.Result!.PullSmsSendStatusSet.Count);
        var first = reply.Result.PullSmsSendStatusSet[0];
        Assert.Equal("14:19325917feb3914eb78b50d6182d7e452e", first.SerialNo);
        Assert.Equal("SUCCESS", first.ReportStatus);
        Assert.Equal("+8615291990000", first.PhoneNumber);
        Assert.Equal("15291990000", first.SubscriberNumber);
        Assert.Equal(1620734188, first.UserReceiveTime);
    }

    [Theory]
    [InlineData("<html>502 Bad Gateway</html>")]
    [InlineData("{\"NotResponse\":{}}")]
    [InlineData("[]")]
    public void Anything_else_is_malformed_and_ambiguous(string body)
    {
        var reply = TencentResponseParser.Parse<SendSmsResult>(body);

        Assert.Equal(TencentResponseParser.MalformedResponse, reply.Error!.Code);
        Assert.Equal(SmsErrorKind.Ambiguous, TencentErrorCodes.Classify(reply.Error.Code));
    }

    [Theory]
    [InlineData("RequestLimitExceeded", SmsErrorKind.NothingSent)]
    [InlineData("RequestLimitExceeded.UinLimitExceeded", SmsErrorKind.NothingSent)]
    [InlineData("RequestLimitExceeded.GlobalRegionUinLimitExceeded", SmsErrorKind.NothingSent)]
    [InlineData("AuthFailure.SignatureExpire", SmsErrorKind.NothingSent)]
    [InlineData("InternalError.RequestTimeException", SmsErrorKind.NothingSent)]
    [InlineData("InternalError.Timeout", SmsErrorKind.Ambiguous)]
    [InlineData("InternalError.SendAndRecvFail", SmsErrorKind.Ambiguous)]
    [InlineData("InternalError.OtherError", SmsErrorKind.Ambiguous)]
    [InlineData("LimitExceeded.PhoneNumberThirtySecondLimit", SmsErrorKind.WaitThenRetry)]
    [InlineData("LimitExceeded.PhoneNumberOneHourLimit", SmsErrorKind.WaitThenRetry)]
    [InlineData("LimitExceeded.PhoneNumberSameContentDailyLimit", SmsErrorKind.WaitThenRetry)]
    [InlineData("FailedOperation.MarketingSendTimeConstraint", SmsErrorKind.WaitThenRetry)]
    [InlineData("FailedOperation.InsufficientBalanceInSmsPackage", SmsErrorKind.OperatorNeeded)]
    [InlineData("UnauthorizedOperation.SerivceSuspendDueToArrears", SmsErrorKind.OperatorNeeded)]
    [InlineData("LimitExceeded.AppDailyLimit", SmsErrorKind.OperatorNeeded)]
    [InlineData("AuthFailure.SignatureFailure", SmsErrorKind.Permanent)]
    [InlineData("AuthFailure.SecretIdNotFound", SmsErrorKind.Permanent)]
    [InlineData("InvalidParameterValue.IncorrectPhoneNumber", SmsErrorKind.Permanent)]
    [InlineData("FailedOperation.TemplateIncorrectOrUnapproved", SmsErrorKind.Permanent)]
    [InlineData("InvalidParameterValue.ProhibitedUseUrlInTemplateParameter", SmsErrorKind.Permanent)]
    [InlineData("FailedOperation.PhoneNumberInBlacklist", SmsErrorKind.Permanent)]
    [InlineData("InternalError.SigVerificationFail", SmsErrorKind.Permanent)]
    [InlineData("LimitExceeded.PhoneNumberCountLimit", SmsErrorKind.Permanent)]
    public void Error_codes_are_classified_per_the_spec_table(string code, SmsErrorKind kind) =>
        Assert.Equal(kind, TencentErrorCodes.Classify(code));

    private static string Response(string name) =>
        Tc3VectorTests.Vector(name).GetProperty("response").GetRawText();
}
