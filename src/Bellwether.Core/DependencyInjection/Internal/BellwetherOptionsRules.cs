using Microsoft.Extensions.Options;

namespace Bellwether.Core.Internal;

/// <summary>Rules for <see cref="BellwetherOptions"/> that data annotations cannot state.</summary>
internal sealed class BellwetherOptionsRules : IValidateOptions<BellwetherOptions>
{
    private static readonly TimeSpan MinHalfLife = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan MaxHalfLife = TimeSpan.FromDays(3650);

    public ValidateOptionsResult Validate(string? name, BellwetherOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.StrengthHalfLife < MinHalfLife || options.StrengthHalfLife > MaxHalfLife
            ? ValidateOptionsResult.Fail($"{nameof(BellwetherOptions.StrengthHalfLife)} must be between {MinHalfLife} and {MaxHalfLife} (was {options.StrengthHalfLife}).")
            : ValidateOptionsResult.Success;
    }
}
