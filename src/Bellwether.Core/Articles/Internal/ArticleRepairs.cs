using System.Text;
using Bellwether.Core.Text;

namespace Bellwether.Core.Internal;

/// <summary>
/// What ingest repairs in an article before validating it, each repair reported as an <see cref="ArticleIssue"/>: a
/// missing title is derived from the body; control characters and unpaired surrogates in the short text fields become
/// U+FFFD (line breaks and tabs become spaces); unpaired surrogates in the body become U+FFFD; a body over the limit is
/// cut at a sentence boundary; an address that is not absolute http(s) is dropped. The identifier is never changed.
/// </summary>
internal static class ArticleRepairs
{
    /// <summary>How far back from the limit a cut looks for a sentence boundary.</summary>
    private const int CutWindow = 4096;

    /// <summary><paramref name="article"/> repaired, and what was repaired (empty when nothing was).</summary>
    public static (Article Article, IReadOnlyList<ArticleIssue> Repairs) Apply(Article article, int maxTextLength)
    {
        var repairs = new List<ArticleIssue>();
        var titled = DerivedTitle.Apply(article);
        if (!ReferenceEquals(titled, article))
        {
            article = titled;
            repairs.Add(new ArticleIssue(nameof(Article.Title), "was empty; derived from the body"));
        }

        article = article with
        {
            Title = Clean(article.Title, nameof(Article.Title), repairs)!,
            Source = Clean(article.Source, nameof(Article.Source), repairs),
            Section = Clean(article.Section, nameof(Article.Section), repairs),
            Language = Clean(article.Language, nameof(Article.Language), repairs)!,
        };

        if (article.Text.Length > maxTextLength)
        {
            var cut = CutAtSentence(article.Text, maxTextLength);
            repairs.Add(new ArticleIssue(nameof(Article.Text), $"was {article.Text.Length} characters long; cut at a sentence boundary to {cut.Length} (the limit is {maxTextLength})"));
            article = article with { Text = cut };
        }

        if (ReplaceUnpairedSurrogates(article.Text) is var (text, count) && count > 0)
        {
            repairs.Add(new ArticleIssue(nameof(Article.Text), $"had {count} unpaired surrogate(s); replaced with U+FFFD"));
            article = article with { Text = text };
        }

        if (article.Url is { } url && !IsWebAddress(url))
        {
            repairs.Add(new ArticleIssue(nameof(Article.Url), $"was not an absolute http or https address ({(url.IsAbsoluteUri ? url.Scheme + ":" : "relative")}); dropped"));
            article = article with { Url = null };
        }

        return (article, repairs);
    }

    /// <summary>True for an absolute http or https address, the only kind evidence links to.</summary>
    public static bool IsWebAddress(Uri url) => url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    /// <summary>
    /// The first <paramref name="limit"/> characters of <paramref name="text"/> or fewer, ending with the last sentence
    /// that ends within them (else the last word, else exactly at the limit), never between the halves of a surrogate pair.
    /// </summary>
    public static string CutAtSentence(string text, int limit)
    {
        if (text.Length <= limit)
        {
            return text;
        }

        var start = Math.Max(0, limit - CutWindow);
        var window = text[start..limit];
        int end;
        if (char.IsWhiteSpace(text[limit]) && window.Length > 0 && window[^1] is '.' or '!' or '?')
        {
            end = limit;
        }
        else if (SentenceSplitter.Split(window) is { Count: >= 2 } sentences)
        {
            // The window's last sentence may run on past the limit: keep up to the end of the one before it.
            end = start + sentences[^2].End.GetOffset(window.Length);
        }
        else
        {
            var space = window.LastIndexOfAny([' ', '\n', '\t', '\r']);
            end = space > 0 ? start + space : limit;
        }

        if (end > 0 && char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return text[..end].TrimEnd();
    }

    private static string? Clean(string? value, string field, List<ArticleIssue> repairs)
    {
        if (value is null || !value.Any(c => char.IsControl(c) || char.IsSurrogate(c)))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        var replaced = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '\t' or '\n' or '\r')
            {
                builder.Append(' ');
            }
            else if (char.IsControl(c) || (char.IsSurrogate(c) && !IsPairAt(value, i)))
            {
                builder.Append('\uFFFD');
                replaced++;
            }
            else
            {
                builder.Append(c);
                if (char.IsHighSurrogate(c))
                {
                    builder.Append(value[++i]);
                }
            }
        }

        if (replaced > 0)
        {
            repairs.Add(new ArticleIssue(field, $"had {replaced} control character(s) or unpaired surrogate(s); replaced with U+FFFD"));
        }

        return builder.ToString();
    }

    private static (string Text, int Count) ReplaceUnpairedSurrogates(string text)
    {
        char[]? copy = null;
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i]))
            {
                continue;
            }

            if (IsPairAt(text, i))
            {
                i++;
                continue;
            }

            copy ??= text.ToCharArray();
            copy[i] = '\uFFFD';
            count++;
        }

        return copy is null ? (text, 0) : (new string(copy), count);
    }

    /// <summary>True when a high surrogate at <paramref name="i"/> is followed by a low one.</summary>
    private static bool IsPairAt(string value, int i) =>
        char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
}
