namespace ZeroWork.Market.People;

/// <summary>Phones are shown masked everywhere but the accepted-job handover and audited reveals (第十四条).</summary>
public static class PhoneMask
{
    public static string Mask(string? phone)
    {
        if (string.IsNullOrEmpty(phone))
        {
            return "";
        }

        if (phone.Length <= 7)
        {
            return new string('*', phone.Length);
        }

        return string.Concat(phone.AsSpan(0, 3), "****", phone.AsSpan(phone.Length - 4));
    }
}
