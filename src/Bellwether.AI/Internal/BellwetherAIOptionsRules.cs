using Microsoft.Extensions.Options;

namespace Bellwether.AI.Internal;

/// <summary>Checks the rules of <see cref="BellwetherAIOptions"/> that annotations cannot state.</summary>
internal sealed class BellwetherAIOptionsRules : IValidateOptions<BellwetherAIOptions>
{
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan MaxRequestTimeout = TimeSpan.FromDays(1);

    public ValidateOptionsResult Validate(string? name, BellwetherAIOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Topics is null || options.Topics.Count == 0)
        {
            failures.Add($"{nameof(BellwetherAIOptions.Topics)} must name at least one topic.");
        }
        else if (options.Topics.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add($"{nameof(BellwetherAIOptions.Topics)} must not contain empty topics.");
        }

        if (options.RetryDelay < TimeSpan.Zero || options.RetryDelay > MaxRetryDelay)
        {
            failures.Add($"{nameof(BellwetherAIOptions.RetryDelay)} is {options.RetryDelay}; it must be between zero and {MaxRetryDelay}.");
        }

        if (options.RequestTimeout <= TimeSpan.Zero || options.RequestTimeout > MaxRequestTimeout)
        {
            failures.Add($"{nameof(BellwetherAIOptions.RequestTimeout)} is {options.RequestTimeout}; it must be positive and at most {MaxRequestTimeout}.");
        }

        if (options.ChatClientKey is { } key && string.IsNullOrWhiteSpace(key))
        {
            failures.Add($"{nameof(BellwetherAIOptions.ChatClientKey)} must be null or a non-empty key.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
