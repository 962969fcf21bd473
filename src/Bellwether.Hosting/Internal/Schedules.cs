using Cronos;

namespace Bellwether.Hosting.Internal;

/// <summary>Reads a reader's schedule: five cron fields, or six with seconds first.</summary>
internal static class Schedules
{
    public static CronFormat FormatOf(string? schedule) =>
        (schedule ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard;
}
