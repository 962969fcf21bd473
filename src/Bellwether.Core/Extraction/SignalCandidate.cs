using System.Diagnostics.CodeAnalysis;

namespace Bellwether.Core;

/// <summary>A pattern proposed by an extractor from one article, before it is matched against stored signals.</summary>
public sealed record SignalCandidate
{
    /// <summary>The pattern stated as a headline.</summary>
    public required string Headline { get; init; }

    /// <summary>How long the pattern is expected to shape events.</summary>
    public SignalHorizon Horizon { get; init; }

    /// <summary>The broad fields the pattern belongs to.</summary>
    public IReadOnlyList<SignalDomain> Domains { get; init => field = value ?? []; } = [];

    /// <summary>Topics from the taxonomy.</summary>
    public IReadOnlyList<string> Topics { get; init => field = value ?? []; } = [];

    /// <summary>Regions as <see cref="RegionCodes"/> in upper case ("CN").</summary>
    public IReadOnlyList<string> Regions { get; init => field = value ?? []; } = [];

    /// <summary>Key actors, most salient first.</summary>
    public IReadOnlyList<string> Actors { get; init => field = value ?? []; } = [];

    /// <summary>The phrases the pattern turns on, as written: figures, periods, products, coined terms.</summary>
    public IReadOnlyList<string> KeyPhrases { get; init => field = value ?? []; } = [];

    /// <summary>A first analysis of the pattern from this article alone.</summary>
    public string Analysis { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>What the article contributes: quotes and reasoning.</summary>
    public required ArticleEvidence Evidence { get; init; }

    /// <summary>Checks that this candidate can be stored as evidence of <paramref name="article"/>, and throws a <see cref="SignalCandidateValidationException"/> naming the first bad field.</summary>
    /// <param name="article">The article the candidate was extracted from.</param>
    /// <param name="index">The candidate's position in the extractor's answer.</param>
    public void Validate(Article article, int index)
    {
        ArgumentNullException.ThrowIfNull(article);

        [DoesNotReturn]
        void Fail(string field, string problem) => throw new SignalCandidateValidationException(article.Id, index, field, problem);

        if (string.IsNullOrWhiteSpace(Headline))
        {
            Fail(nameof(Headline), "must not be empty");
        }

        if (!Enum.IsDefined(Horizon))
        {
            Fail(nameof(Horizon), $"'{(int)Horizon}' is not a horizon");
        }

        foreach (var domain in Domains)
        {
            if (!Enum.IsDefined(domain))
            {
                Fail(nameof(Domains), $"holds '{(int)domain}', which is not a domain");
            }
        }

        foreach (var (name, values) in new[] { (nameof(Topics), Topics), (nameof(Actors), Actors), (nameof(KeyPhrases), KeyPhrases) })
        {
            if (values.Any(string.IsNullOrWhiteSpace))
            {
                Fail(name, "must not hold an empty value");
            }
        }

        foreach (var region in Regions)
        {
            if (!RegionCodes.IsKnown(region))
            {
                Fail(nameof(Regions), $"holds '{region}', which is not an upper-case ISO 3166-1 alpha-2 code (or EU, XK)");
            }
        }

        if (Evidence?.Article is null || !string.Equals(Evidence.Article.Id, article.Id, StringComparison.Ordinal))
        {
            Fail($"{nameof(Evidence)}.{nameof(ArticleEvidence.Article)}", $"must refer to article '{article.Id}', not '{Evidence?.Article?.Id}'");
        }

        if (Evidence.Quotes.Any(q => q is null || string.IsNullOrWhiteSpace(q.Text) || q.KeyPhrase is null))
        {
            Fail($"{nameof(Evidence)}.{nameof(ArticleEvidence.Quotes)}", "must not hold a null quote or one without text or key phrase");
        }
    }
}
