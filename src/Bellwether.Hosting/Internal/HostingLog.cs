using Microsoft.Extensions.Logging;

namespace Bellwether.Hosting.Internal;

/// <summary>Bellwether.Hosting's log messages.</summary>
internal static partial class HostingLog
{
    [LoggerMessage(401, LogLevel.Information, "Service started: {Feeds} feed(s), {Readers} reader(s).")]
    public static partial void Started(ILogger logger, int feeds, int readers);

    [LoggerMessage(402, LogLevel.Information, "Poll {Feed}: {Status}, {Items} new item(s): {Ingested} ingested, {NoSignals} without signals, {Duplicates} duplicate(s), {Rejected} rejected.")]
    public static partial void Polled(ILogger logger, Uri feed, string status, int items, int ingested, int noSignals, int duplicates, int rejected);

    [LoggerMessage(403, LogLevel.Warning, "Poll {Feed} failed; next poll at {Next}: {Error}")]
    public static partial void PollFailed(ILogger logger, Uri feed, DateTimeOffset next, string error);

    [LoggerMessage(404, LogLevel.Information, "Reader {Reader}: next brief at {Next} ({TimeZone} {Local}).")]
    public static partial void NextBrief(ILogger logger, string reader, DateTimeOffset next, string timeZone, DateTime local);

    [LoggerMessage(405, LogLevel.Information, "Reader {Reader}: brief of {Items} item(s) delivered by {Delivery}.")]
    public static partial void Delivered(ILogger logger, string reader, int items, string delivery);

    [LoggerMessage(406, LogLevel.Information, "Reader {Reader}: nothing sent, the brief is silent: {Reason}")]
    public static partial void Silent(ILogger logger, string reader, string? reason);

    [LoggerMessage(407, LogLevel.Error, "Reader {Reader}: delivery by {Delivery} failed; trying again at {Next}.")]
    public static partial void DeliveryFailed(ILogger logger, Exception exception, string reader, string delivery, DateTimeOffset next);

    [LoggerMessage(409, LogLevel.Information, "Reader {Reader}: the {Scheduled} brief was already handled, or is being handled by another instance.")]
    public static partial void HandledElsewhere(ILogger logger, string reader, DateTimeOffset scheduled);

    [LoggerMessage(410, LogLevel.Error, "Reader {Reader}: composing the brief failed; trying again at {Next}.")]
    public static partial void BriefFailed(ILogger logger, Exception exception, string reader, DateTimeOffset next);

    [LoggerMessage(408, LogLevel.Information, "Reader {Reader}: the {Missed} brief was missed while stopped; composing it now.")]
    public static partial void CatchingUp(ILogger logger, string reader, DateTimeOffset missed);
}
