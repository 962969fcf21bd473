namespace Bellwether.Core.Internal;

/// <summary>
/// What every store refuses in a signal, so that all stores accept the same signals: PostgreSQL's text and jsonb
/// cannot hold U+0000, so no store stores a string that contains it. Runs on every write, so it skips the evidence
/// entries a write keeps from the version it replaces (<see cref="StoredSignalJson.KeptEvidence"/>, the prefix the
/// stores leave unwritten; checked when first written) and allocates nothing for a write that appends evidence,
/// unless it finds a NUL.
/// </summary>
internal static class StoredSignalRules
{
    private const string NulProblem = "must not contain the NUL character (U+0000)";

    /// <summary>Checks <paramref name="signal"/>, apart from the leading evidence entries it shares with <paramref name="previous"/>.</summary>
    /// <exception cref="SignalValidationException">A string of <paramref name="signal"/> contains U+0000.</exception>
    public static void Validate(Signal signal, Signal? previous = null)
    {
        var kept = previous is null ? 0 : StoredSignalJson.KeptEvidence(previous.Evidence, signal.Evidence);
        if (FirstNul(signal, kept) is { } field)
        {
            throw new SignalValidationException(signal.Id, field, NulProblem);
        }
    }

    private static string? FirstNul(Signal signal, int from)
    {
        var strength = signal.Strength;
        return HasNul(signal.Id) ? nameof(Signal.Id)
            : HasNul(signal.Headline) ? nameof(Signal.Headline)
            : HasNul(signal.Analysis) ? nameof(Signal.Analysis)
            : FirstNul(nameof(Signal.Topics), signal.Topics)
            ?? FirstNul(nameof(Signal.Regions), signal.Regions)
            ?? FirstNul(nameof(Signal.Actors), signal.Actors)
            ?? (HasNul(strength.CappedBecause) ? $"{nameof(Signal.Strength)}.{nameof(StrengthBreakdown.CappedBecause)}" : null)
            ?? FirstNul(strength.Components)
            ?? FirstNul(signal.Evidence, from);
    }

    private static string? FirstNul(IReadOnlyList<StrengthComponent> components)
    {
        for (var i = 0; i < components.Count; i++)
        {
            var field = HasNul(components[i].Name) ? nameof(StrengthComponent.Name)
                : HasNul(components[i].Explanation) ? nameof(StrengthComponent.Explanation)
                : null;
            if (field is not null)
            {
                return $"{nameof(Signal.Strength)}.{nameof(StrengthBreakdown.Components)}[{i}].{field}";
            }
        }

        return null;
    }

    private static string? FirstNul(IReadOnlyList<ArticleEvidence> evidence, int from)
    {
        for (var i = from; i < evidence.Count; i++)
        {
            if (FirstNul(evidence[i]) is { } field)
            {
                return $"{nameof(Signal.Evidence)}[{i}].{field}";
            }
        }

        return null;
    }

    private static string? FirstNul(ArticleEvidence evidence)
    {
        var article = evidence.Article;
        var field = HasNul(article.Id) ? nameof(ArticleReference.Id)
            : HasNul(article.Title) ? nameof(ArticleReference.Title)
            : HasNul(article.Source) ? nameof(ArticleReference.Source)
            : HasNul(article.Section) ? nameof(ArticleReference.Section)
            : null;
        if (field is not null)
        {
            return $"{nameof(ArticleEvidence.Article)}.{field}";
        }

        for (var j = 0; j < evidence.Quotes.Count; j++)
        {
            field = HasNul(evidence.Quotes[j].Text) ? nameof(Quote.Text)
                : HasNul(evidence.Quotes[j].KeyPhrase) ? nameof(Quote.KeyPhrase)
                : null;
            if (field is not null)
            {
                return $"{nameof(ArticleEvidence.Quotes)}[{j}].{field}";
            }
        }

        return HasNul(evidence.Reasoning) ? nameof(ArticleEvidence.Reasoning)
            : HasNul(evidence.StoryId) ? nameof(ArticleEvidence.StoryId)
            : null;
    }

    private static string? FirstNul(string name, IReadOnlyList<string> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (HasNul(values[i]))
            {
                return $"{name}[{i}]";
            }
        }

        return null;
    }

    private static bool HasNul(string? value) => value is not null && value.Contains('\0', StringComparison.Ordinal);
}
