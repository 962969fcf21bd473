using Microsoft.Extensions.Options;

namespace Bellwether.Core.Internal;

/// <summary>Checks the user's gazetteer, region and topic additions.</summary>
internal sealed class SignalExtractionOptionsRules : IValidateOptions<SignalExtractionOptions>
{
    public ValidateOptionsResult Validate(string? name, SignalExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach (var actor in options.Actors)
        {
            if (string.IsNullOrWhiteSpace(actor?.Name) || actor.Aliases is null || actor.Aliases.Any(string.IsNullOrWhiteSpace))
            {
                failures.Add($"Actors: entry '{actor?.Name}' needs a name and non-empty aliases.");
            }
        }

        foreach (var (alias, code) in options.RegionAliases)
        {
            if (string.IsNullOrWhiteSpace(alias) || !RegionCodes.IsKnown(code))
            {
                failures.Add($"RegionAliases: '{alias}' must map to an upper-case ISO 3166-1 alpha-2 code (or EU, XK), not '{code}'.");
            }
        }

        foreach (var topic in options.Topics)
        {
            if (string.IsNullOrWhiteSpace(topic?.Name) || topic.Cues is not { Count: > 0 } || topic.Domains is null)
            {
                failures.Add($"Topics: topic '{topic?.Name}' needs a name, domains and at least one cue.");
            }
        }

        if (options.ReplaceDefaultTopics && options.Topics.Count == 0)
        {
            failures.Add("Topics: ReplaceDefaultTopics needs at least one topic.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
