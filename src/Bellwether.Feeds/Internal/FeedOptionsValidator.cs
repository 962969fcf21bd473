using Microsoft.Extensions.Options;

namespace Bellwether.Feeds.Internal;

/// <summary>Checks the data annotations of <see cref="FeedOptions"/> without reflection.</summary>
[OptionsValidator]
internal sealed partial class FeedOptionsValidator : IValidateOptions<FeedOptions>;

/// <summary>The rules data annotations cannot say: the time spans.</summary>
internal sealed class FeedOptionsRules : IValidateOptions<FeedOptions>
{
    public ValidateOptionsResult Validate(string? name, FeedOptions options)
    {
        var failures = new List<string>();
        if (options.AttemptTimeout < TimeSpan.FromMilliseconds(10) || options.AttemptTimeout > TimeSpan.FromMinutes(10))
        {
            failures.Add($"{nameof(FeedOptions.AttemptTimeout)} must be between 10 ms and 10 minutes; it is {options.AttemptTimeout}.");
        }

        if (options.RetryDelay < TimeSpan.Zero || options.RetryDelay > TimeSpan.FromMinutes(1))
        {
            failures.Add($"{nameof(FeedOptions.RetryDelay)} must be between 0 and 1 minute; it is {options.RetryDelay}.");
        }

        if (string.IsNullOrWhiteSpace(options.UserAgent) || options.UserAgent.Any(char.IsControl))
        {
            failures.Add($"{nameof(FeedOptions.UserAgent)} must name the program, without control characters.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
