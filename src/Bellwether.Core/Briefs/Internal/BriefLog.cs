using Microsoft.Extensions.Logging;

namespace Bellwether.Core.Internal;

/// <summary>The brief composer's log messages (event ids 500–599).</summary>
internal static partial class BriefLog
{
    [LoggerMessage(500, LogLevel.Information, "Brief for {Reader}: {Items} item(s) from {Candidates} candidate(s).")]
    public static partial void Composed(ILogger logger, string reader, int items, int candidates);

    [LoggerMessage(501, LogLevel.Information, "Brief for {Reader} is silent: {Reason}")]
    public static partial void Silent(ILogger logger, string reader, string reason);
}
