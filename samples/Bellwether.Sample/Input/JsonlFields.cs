using System.Globalization;
using System.Text.Json;

namespace Bellwether.Sample.Input;

/// <summary>Reads the fields of a JSONL line that streams write in more than one way.</summary>
internal static class JsonlFields
{
    /// <summary>A Unix time above this many seconds is read as milliseconds (the year 5138 in seconds).</summary>
    private const long MaxUnixSeconds = 100_000_000_000;

    /// <summary>An id written as a string or a number ("a-17", 17); null when absent, or when it is neither.</summary>
    public static string? Id(JsonElement? value) => value?.ValueKind switch
    {
        JsonValueKind.String => value.Value.GetString(),
        JsonValueKind.Number => value.Value.GetRawText(),
        _ => null,
    };

    /// <summary>
    /// A publication time written as ISO 8601 ("2014-03-10T12:00:00Z", "2014-03-10 12:00:00", "2014-03-10"), RFC 1123
    /// ("Mon, 10 Mar 2014 12:00:00 GMT") or Unix time in seconds or milliseconds (a number or a string of digits). A time
    /// with no offset is read as UTC. Returns false, with no time, when the value is none of these; an absent, null or
    /// empty value is no time and no problem.
    /// </summary>
    public static bool TryReadTime(JsonElement? value, out DateTimeOffset? time)
    {
        time = null;
        switch (value?.ValueKind)
        {
            case null or JsonValueKind.Null or JsonValueKind.Undefined:
                return true;
            case JsonValueKind.Number:
                return value.Value.TryGetInt64(out var number) && TryUnix(number, out time);
            case JsonValueKind.String:
                var text = value.Value.GetString()!.Trim();
                if (text.Length == 0)
                {
                    return true;
                }

                if (text.All(char.IsAsciiDigit))
                {
                    return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var digits) && TryUnix(digits, out time);
                }

                if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    time = parsed;
                    return true;
                }

                return false;
            default:
                return false;
        }
    }

    private static bool TryUnix(long number, out DateTimeOffset? time)
    {
        try
        {
            time = number > MaxUnixSeconds ? DateTimeOffset.FromUnixTimeMilliseconds(number) : DateTimeOffset.FromUnixTimeSeconds(number);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            time = null;
            return false;
        }
    }
}
