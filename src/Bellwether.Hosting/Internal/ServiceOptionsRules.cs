using Cronos;
using Microsoft.Extensions.Options;

namespace Bellwether.Hosting.Internal;

/// <summary>Checks every feed and reader, naming the bad entry.</summary>
internal sealed class ServiceOptionsRules : IValidateOptions<BellwetherServiceOptions>
{
    public ValidateOptionsResult Validate(string? name, BellwetherServiceOptions options)
    {
        var failures = new List<string>();
        if (options.PollInterval < TimeSpan.FromSeconds(1))
        {
            failures.Add($"PollInterval must be at least 1 second; it is {options.PollInterval}.");
        }

        if (options.PollJitter < TimeSpan.Zero)
        {
            failures.Add($"PollJitter must not be negative; it is {options.PollJitter}.");
        }

        if (options.DeliveryRetryDelay < TimeSpan.FromSeconds(1))
        {
            failures.Add($"DeliveryRetryDelay must be at least 1 second; it is {options.DeliveryRetryDelay}.");
        }

        for (var i = 0; i < options.Feeds.Count; i++)
        {
            var feed = options.Feeds[i];
            var label = $"Feeds[{i}] ('{feed?.Url}')";
            if (feed is null)
            {
                failures.Add($"Feeds[{i}] is empty.");
                continue;
            }

            if (!Uri.TryCreate(feed.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                failures.Add($"{label}: Url must be an absolute http or https address.");
            }

            if (feed.PollInterval is { } interval && interval < TimeSpan.FromSeconds(1))
            {
                failures.Add($"{label}: PollInterval must be at least 1 second; it is {interval}.");
            }
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Readers.Count; i++)
        {
            var reader = options.Readers[i];
            if (reader is null)
            {
                failures.Add($"Readers[{i}] is empty.");
                continue;
            }

            var label = $"Readers[{i}] ('{reader.Name}')";
            if (!string.IsNullOrWhiteSpace(reader.Name) && !names.Add(reader.Name))
            {
                failures.Add($"{label}: Name is used by another reader; names must be unique.");
            }

            try
            {
                ReaderProfiles.ToProfile(reader, null).Validate();
            }
            catch (FormatException e)
            {
                failures.Add($"{label}: {e.Message}.");
            }
            catch (ReaderProfileValidationException e)
            {
                failures.Add($"{label}: {e.Message}");
            }

            if (!CronExpression.TryParse(reader.Schedule ?? string.Empty, Schedules.FormatOf(reader.Schedule), out _))
            {
                failures.Add($"{label}: Schedule '{reader.Schedule}' is not a cron expression such as \"0 7 * * *\" (five fields, or six with seconds first).");
            }

            if (reader.SendEmail && options.Smtp is null && options.OutputDirectory is null)
            {
                failures.Add($"{label}: no way to deliver: set Smtp (for SendEmail) or OutputDirectory.");
            }
        }

        if (options.Smtp is { } smtp)
        {
            if (string.IsNullOrWhiteSpace(smtp.Host))
            {
                failures.Add("Smtp: Host must be set.");
            }

            if (smtp.Port is < 1 or > 65535)
            {
                failures.Add($"Smtp: Port {smtp.Port} must be between 1 and 65535.");
            }

            if (!MimeKit.MailboxAddress.TryParse(smtp.FromAddress ?? string.Empty, out _) || !(smtp.FromAddress ?? string.Empty).Contains('@', StringComparison.Ordinal))
            {
                failures.Add($"Smtp: FromAddress '{smtp.FromAddress}' is not an e-mail address.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
