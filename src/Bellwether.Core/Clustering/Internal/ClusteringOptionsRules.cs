using Microsoft.Extensions.Options;

namespace Bellwether.Core.Internal;

/// <summary>Rules for <see cref="ClusteringOptions"/> that data annotations cannot state.</summary>
internal sealed class ClusteringOptionsRules : IValidateOptions<ClusteringOptions>
{
    private static readonly TimeSpan MinHalfLife = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan MaxHalfLife = TimeSpan.FromDays(3650);

    public ValidateOptionsResult Validate(string? name, ClusteringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Check(failures, nameof(ClusteringOptions.StoryHalfLife), options.StoryHalfLife);
        Check(failures, nameof(ClusteringOptions.SignalHalfLife), options.SignalHalfLife);
        Check(failures, nameof(ClusteringOptions.EventSignalHalfLife), options.EventSignalHalfLife);

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, string name, TimeSpan value)
    {
        if (value < MinHalfLife || value > MaxHalfLife)
        {
            failures.Add($"{name} must be between {MinHalfLife} and {MaxHalfLife} (was {value}).");
        }
    }
}
