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
            else if (topic.Cues.Any(string.IsNullOrWhiteSpace))
            {
                failures.Add($"Topics: topic '{topic.Name}' has a null or empty cue.");
            }
        }

        var repeated = options.Topics
            .Where(t => !string.IsNullOrWhiteSpace(t?.Name))
            .GroupBy(t => t.Name.Trim(), StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1);
        foreach (var names in repeated)
        {
            failures.Add($"Topics: {string.Join(", ", names.Select(t => $"'{t.Name}'"))} name one topic (names are compared ignoring case); define it once.");
        }

        if (options.ReplaceDefaultTopics && options.Topics.Count == 0)
        {
            failures.Add("Topics: ReplaceDefaultTopics needs at least one topic.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
