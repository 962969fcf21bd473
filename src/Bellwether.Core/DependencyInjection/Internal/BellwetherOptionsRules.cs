using Microsoft.Extensions.Options;

namespace Bellwether.Core.Internal;

/// <summary>Rules for <see cref="BellwetherOptions"/> that data annotations cannot state.</summary>
internal sealed class BellwetherOptionsRules : IValidateOptions<BellwetherOptions>
{
    private static readonly TimeSpan MinHalfLife = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan MaxHalfLife = TimeSpan.FromDays(3650);
    private static readonly TimeSpan MaxPublishedAhead = TimeSpan.FromDays(7);

    public ValidateOptionsResult Validate(string? name, BellwetherOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.StrengthHalfLife < MinHalfLife || options.StrengthHalfLife > MaxHalfLife)
        {
            return ValidateOptionsResult.Fail($"{nameof(BellwetherOptions.StrengthHalfLife)} must be between {MinHalfLife} and {MaxHalfLife} (was {options.StrengthHalfLife}).");
        }

        return options.MaxPublishedAhead < TimeSpan.Zero || options.MaxPublishedAhead > MaxPublishedAhead
            ? ValidateOptionsResult.Fail($"{nameof(BellwetherOptions.MaxPublishedAhead)} must be between 00:00:00 and {MaxPublishedAhead} (was {options.MaxPublishedAhead}).")
            : ValidateOptionsResult.Success;
    }
}
