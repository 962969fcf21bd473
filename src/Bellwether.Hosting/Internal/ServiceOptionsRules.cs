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

            var interests = Parse(nameof(ReaderSettings.Interests), reader.Interests, label, failures);
            var exclusions = Parse(nameof(ReaderSettings.Exclusions), reader.Exclusions, label, failures);
            var email = reader.Email ?? string.Empty;
            var at = email.IndexOf('@', StringComparison.Ordinal);
            var emailOk = at > 0 && at < email.Length - 1;
            if (!emailOk)
            {
                failures.Add($"{label}: Email '{reader.Email}' is not an e-mail address.");
            }

            var zoneOk = TimeZoneInfo.TryFindSystemTimeZoneById(reader.TimeZone ?? string.Empty, out _);
            if (!zoneOk)
            {
                failures.Add($"{label}: TimeZone '{reader.TimeZone}' is not a known time zone (an IANA id such as \"Europe/Rome\").");
            }

            try
            {
                // The fields reported above are replaced by valid stand-ins, so the core's check names the first other problem.
                new ReaderProfile
                {
                    Name = reader.Name ?? string.Empty,
                    Email = emailOk ? email : "reader@example.com",
                    TimeZoneId = zoneOk ? reader.TimeZone! : "UTC",
                    Interests = interests,
                    Exclusions = exclusions,
                    MinimumStrength = reader.MinimumStrength,
                    MaxItems = reader.MaxItems,
                }.Validate();
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

    /// <summary>The interests that parse; each one that does not is reported.</summary>
    private static List<ReaderInterest> Parse(string field, IList<string> values, string label, List<string> failures)
    {
        var parsed = new List<ReaderInterest>();
        foreach (var value in values ?? [])
        {
            try
            {
                parsed.Add(ReaderProfiles.ParseInterest(field, value));
            }
            catch (FormatException e)
            {
                failures.Add($"{label}: {e.Message}.");
            }
        }

        return parsed;
    }
}
