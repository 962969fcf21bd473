using System.Text.Json.Serialization;

namespace Bellwether.Core;

/// <summary>A news article: the input of the whole pipeline.</summary>
public sealed record Article
{
    /// <summary>The longest identifier accepted.</summary>
    public const int MaxIdLength = 256;

    /// <summary>A stable identifier, unique within the stream (for example a URL hash or a feed id).</summary>
    public required string Id { get; init; }

    /// <summary>The headline as published, or as derived from the body when <see cref="IsTitleDerived"/>.</summary>
    public required string Title { get; init; }

    /// <summary>
    /// True when the article came without a headline and <see cref="Title"/> was derived from the first line (or first
    /// sentence) of its body on ingest.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsTitleDerived { get; init; }

    /// <summary>The body text; may be empty when only a headline is known.</summary>
    public string Text { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>The canonical address, when known.</summary>
    public Uri? Url { get; init; }

    /// <summary>The outlet that published the article ("Reuters", "Caixin"), when known.</summary>
    public string? Source { get; init; }

    /// <summary>When the article was published, when known.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>The publisher's section or category ("business", "technology"), when known; stories do not cross sections.</summary>
    public string? Section { get; init; }

    /// <summary>The language as a BCP 47 tag ("en").</summary>
    public string Language { get; init => field = value ?? "en"; } = "en";

    /// <summary>A short reference to this article, as evidence carries it.</summary>
    public ArticleReference ToReference() => new(Id, Title, Url, Source, PublishedAt) { Section = Section, IsTitleDerived = IsTitleDerived };

    /// <summary>Checks every field and throws an <see cref="ArticleValidationException"/> naming the first bad one.</summary>
    /// <param name="maxTextLength">The longest body accepted, in characters.</param>
    public void Validate(int maxTextLength = int.MaxValue)
    {
        if (string.IsNullOrWhiteSpace(Id))
        {
            throw new ArticleValidationException(Id, nameof(Id), "must not be empty");
        }

        if (Id.Length > MaxIdLength)
        {
            throw new ArticleValidationException(Id, nameof(Id), $"must be at most {MaxIdLength} characters");
        }

        if (Id.Any(char.IsControl) || HasUnpairedSurrogate(Id))
        {
            throw new ArticleValidationException(Id, nameof(Id), "must not contain control characters or unpaired surrogates");
        }

        if (string.IsNullOrWhiteSpace(Title))
        {
            throw new ArticleValidationException(Id, nameof(Title), "must not be empty");
        }

        // Stored verbatim in evidence: PostgreSQL's text and jsonb cannot hold U+0000, so no store accepts it. The body
        // may hold it (extraction skips sentences with control characters and never stores the body itself).
        foreach (var (field, value) in new[] { (nameof(Title), Title), (nameof(Source), Source), (nameof(Section), Section) })
        {
            if (value is not null && value.Contains('\0', StringComparison.Ordinal))
            {
                throw new ArticleValidationException(Id, field, "must not contain the NUL character (U+0000)");
            }
        }

        if (Text.Length > maxTextLength)
        {
            throw new ArticleValidationException(Id, nameof(Text), $"is {Text.Length} characters long; the limit is {maxTextLength}");
        }

        if (Url is not null && (!Url.IsAbsoluteUri || (Url.Scheme != Uri.UriSchemeHttp && Url.Scheme != Uri.UriSchemeHttps)))
        {
            throw new ArticleValidationException(Id, nameof(Url), "must be an absolute http or https address");
        }

        if (string.IsNullOrWhiteSpace(Language))
        {
            throw new ArticleValidationException(Id, nameof(Language), "must be a BCP 47 tag such as \"en\"");
        }
    }

    private static bool HasUnpairedSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return true;
            }
        }

        return false;
    }
}
