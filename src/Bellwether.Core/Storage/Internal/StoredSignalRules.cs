namespace Bellwether.Core.Internal;

/// <summary>
/// What every store refuses in a signal, so that all stores accept the same signals: PostgreSQL's text and jsonb
/// cannot hold U+0000, so no store stores a string that contains it.
/// </summary>
internal static class StoredSignalRules
{
    private const string NulProblem = "must not contain the NUL character (U+0000)";

    /// <exception cref="SignalValidationException">A string of <paramref name="signal"/> contains U+0000.</exception>
    public static void Validate(Signal signal)
    {
        var id = signal.Id;
        Check(id, nameof(Signal.Id), id);
        Check(id, nameof(Signal.Headline), signal.Headline);
        Check(id, nameof(Signal.Analysis), signal.Analysis);
        CheckAll(id, nameof(Signal.Topics), signal.Topics);
        CheckAll(id, nameof(Signal.Regions), signal.Regions);
        CheckAll(id, nameof(Signal.Actors), signal.Actors);
        Check(id, $"{nameof(Signal.Strength)}.{nameof(StrengthBreakdown.CappedBecause)}", signal.Strength.CappedBecause);
        for (var i = 0; i < signal.Strength.Components.Count; i++)
        {
            var component = signal.Strength.Components[i];
            var path = $"{nameof(Signal.Strength)}.{nameof(StrengthBreakdown.Components)}[{i}]";
            Check(id, $"{path}.{nameof(StrengthComponent.Name)}", component.Name);
            Check(id, $"{path}.{nameof(StrengthComponent.Explanation)}", component.Explanation);
        }

        for (var i = 0; i < signal.Evidence.Count; i++)
        {
            Validate(id, $"{nameof(Signal.Evidence)}[{i}]", signal.Evidence[i]);
        }
    }

    private static void Validate(string id, string path, ArticleEvidence evidence)
    {
        var article = evidence.Article;
        Check(id, $"{path}.{nameof(ArticleEvidence.Article)}.{nameof(ArticleReference.Id)}", article.Id);
        Check(id, $"{path}.{nameof(ArticleEvidence.Article)}.{nameof(ArticleReference.Title)}", article.Title);
        Check(id, $"{path}.{nameof(ArticleEvidence.Article)}.{nameof(ArticleReference.Source)}", article.Source);
        Check(id, $"{path}.{nameof(ArticleEvidence.Article)}.{nameof(ArticleReference.Section)}", article.Section);
        Check(id, $"{path}.{nameof(ArticleEvidence.Reasoning)}", evidence.Reasoning);
        Check(id, $"{path}.{nameof(ArticleEvidence.StoryId)}", evidence.StoryId);
        for (var j = 0; j < evidence.Quotes.Count; j++)
        {
            Check(id, $"{path}.{nameof(ArticleEvidence.Quotes)}[{j}].{nameof(Quote.Text)}", evidence.Quotes[j].Text);
            Check(id, $"{path}.{nameof(ArticleEvidence.Quotes)}[{j}].{nameof(Quote.KeyPhrase)}", evidence.Quotes[j].KeyPhrase);
        }
    }

    private static void CheckAll(string id, string field, IReadOnlyList<string> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            Check(id, $"{field}[{i}]", values[i]);
        }
    }

    private static void Check(string id, string field, string? value)
    {
        if (value is not null && value.Contains('\0', StringComparison.Ordinal))
        {
            throw new SignalValidationException(id, field, NulProblem);
        }
    }
}
