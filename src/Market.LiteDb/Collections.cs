namespace ZeroWork.Market.LiteDb;

internal static class Collections
{
    public const string People = "people";
    public const string Jobs = "jobs";
    public const string Stations = "stations";
    public const string Pushes = "pushes";
    public const string Consultations = "consultations";
    public const string Courses = "courses";
    public const string Enrolments = "enrolments";
    public const string Staff = "staff";
    public const string Audit = "audit";
    public const string Inbound = "inbound";
    public const string Outbox = "outbox";
    public const string Conversations = "conversations";
    public const string Blocked = "blocked";
    public const string Assessments = "assessments";
    public const string SmsReceipts = "sms_receipts";
}
