namespace ZeroWork.Bot.Understanding;

/// <summary>A message after normalisation: <see cref="Plain"/> keeps Chinese numerals (place names such as 七方、五山 and words such as 一起 stay intact); <see cref="Numeric"/> has every numeral in digits.</summary>
internal sealed record NormalizedText(string Plain, string Numeric);
