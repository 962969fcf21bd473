using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Bellwether.Feeds.Internal;

/// <summary>The default <see cref="IFeedReader"/>.</summary>
internal sealed class FeedReader(HttpFetcher fetcher, FeedOptions options, FeedsMetrics metrics, ILogger<FeedReader> logger, ISignalStore? store = null) : IFeedReader
{
    private const int PagesInParallel = 4;
    private readonly ConcurrentDictionary<Uri, (string? ETag, DateTimeOffset? LastModified)> _validators = new();

    public async ValueTask<IReadOnlyList<FeedReadResult>> ReadAllAsync(IEnumerable<FeedSource> feeds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feeds);
        var list = feeds.ToList();
        var results = new FeedReadResult[list.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, list.Count),
            new ParallelOptions { MaxDegreeOfParallelism = options.MaxConcurrentFeeds, CancellationToken = cancellationToken },
            async (i, ct) => results[i] = await ReadAsync(list[i], ct).ConfigureAwait(false)).ConfigureAwait(false);
        return results;
    }

    public async ValueTask<FeedReadResult> ReadAsync(FeedSource feed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feed);
        using var activity = FeedsMetrics.ActivitySource.StartActivity("bellwether.feeds.read");
        activity?.SetTag("url.full", feed.Url.AbsoluteUri);
        try
        {
            feed.Validate();
            var result = await ReadCoreAsync(feed, cancellationToken).ConfigureAwait(false);
            metrics.Reads.Add(1, new KeyValuePair<string, object?>("status", result.Status == FeedReadStatus.Read ? "read" : "not-modified"));
            return result;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not OutOfMemoryException)
        {
            // Whatever a feed does (bad XML, an odd element the parser throws on, a page that breaks the extractor),
            // it fails only itself: the other feeds are read on and it is tried again on the next read.
            FeedsLog.FeedFailed(logger, feed.Url, e.Message);
            metrics.Reads.Add(1, new KeyValuePair<string, object?>("status", "failed"));
            activity?.SetStatus(ActivityStatusCode.Error, e.Message);
            return new FeedReadResult { Feed = feed, Status = FeedReadStatus.Failed, Error = e.Message };
        }
    }

    private async Task<FeedReadResult> ReadCoreAsync(FeedSource feed, CancellationToken cancellationToken)
    {
        _validators.TryGetValue(feed.Url, out var validators);
        var body = await fetcher.FetchAsync(feed.Url, IsFeedType, validators.ETag, validators.LastModified, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            FeedsLog.NotModified(logger, feed.Url);
            return new FeedReadResult { Feed = feed, Status = FeedReadStatus.NotModified };
        }

        var parsed = FeedParser.Parse(body.Bytes, body.FinalAddress);
        var problems = new List<string>();
        var articles = new List<Article>();
        foreach (var item in parsed.Items)
        {
            if (Map(feed, parsed, item, body.FinalAddress) is { } article)
            {
                articles.Add(article);
            }
            else
            {
                var problem = $"item '{item.Title ?? item.Id ?? "(untitled)"}' has no usable id, link or title";
                problems.Add(problem);
                FeedsLog.ItemSkipped(logger, feed.Url, problem);
            }
        }

        var known = 0;
        if (options.SkipKnownItems && store is not null)
        {
            var fresh = new List<Article>(articles.Count);
            foreach (var article in articles)
            {
                if (await store.ContainsArticleAsync(ArticleRecord.From(article), cancellationToken).ConfigureAwait(false))
                {
                    known++;
                }
                else
                {
                    fresh.Add(article);
                }
            }

            articles = fresh;
        }

        var items = new FeedItem[articles.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, articles.Count),
            new ParallelOptions { MaxDegreeOfParallelism = PagesInParallel, CancellationToken = cancellationToken },
            async (i, ct) => items[i] = await CompleteAsync(articles[i], ct).ConfigureAwait(false)).ConfigureAwait(false);

        _validators[feed.Url] = (body.ETag, body.LastModified);
        var fullText = items.Count(i => i.TextOrigin == ArticleTextOrigin.FullText);
        var summaries = items.Count(i => i.TextOrigin == ArticleTextOrigin.Summary);
        FeedsLog.FeedRead(logger, feed.Url, items.Length, known, fullText, summaries);
        foreach (var group in items.GroupBy(i => i.TextOrigin))
        {
            metrics.Items.Add(group.Count(), new KeyValuePair<string, object?>("origin", group.Key.ToString()));
        }

        return new FeedReadResult { Feed = feed, Status = FeedReadStatus.Read, Items = items, SkippedKnown = known, ItemProblems = problems };
    }

    private async Task<FeedItem> CompleteAsync(Article article, CancellationToken cancellationToken)
    {
        if (article.Text.Length >= options.SummaryThreshold)
        {
            return new FeedItem(article, ArticleTextOrigin.FeedContent);
        }

        if (!options.FetchFullText || article.Url is null)
        {
            return new FeedItem(article, ArticleTextOrigin.Summary);
        }

        string? problem;
        try
        {
            var page = await fetcher.FetchAsync(article.Url, IsHtmlType, null, null, cancellationToken).ConfigureAwait(false);
            (var text, problem) = page is null ? (null, "the page answered 304 Not Modified") : PageExtractor.Extract(page.FinalAddress, HttpFetcher.DecodeHtml(page));
            if (text is not null)
            {
                if (text.Length >= options.MinExtractedLength && text.Length >= article.Text.Length)
                {
                    return new FeedItem(article with { Text = text }, ArticleTextOrigin.FullText);
                }

                problem = $"the extracted text ({text.Length} characters) is shorter than {Math.Max(options.MinExtractedLength, article.Text.Length)}";
            }
        }
        catch (FetchException e) when (!cancellationToken.IsCancellationRequested)
        {
            problem = e.Message;
        }

        FeedsLog.SummaryKept(logger, article.Id, problem!);
        return new FeedItem(article, ArticleTextOrigin.Summary, problem);
    }

    /// <summary>The article of one item, or null when it has neither id nor link, or no title and no text.</summary>
    private static Article? Map(FeedSource feed, ParsedFeed parsed, ParsedItem item, Uri feedAddress)
    {
        var link = item.Link is { IsAbsoluteUri: true } l && (l.Scheme == Uri.UriSchemeHttp || l.Scheme == Uri.UriSchemeHttps) ? l : null;
        var id = !string.IsNullOrWhiteSpace(item.Id) ? item.Id.Trim() : link?.AbsoluteUri;
        if (id is null)
        {
            return null;
        }

        if (id.Length > Article.MaxIdLength || id.Any(char.IsControl))
        {
            id = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)));
        }

        var title = HtmlText.ToText(item.Title).Replace('\n', ' ');
        var text = HtmlText.ToText(item.Text);
        if (title.Length == 0 && text.Length == 0)
        {
            return null;
        }

        var language = feed.Language ?? item.Language ?? parsed.Language;
        return new Article
        {
            Id = id,
            Title = title,
            Text = text,
            Url = link,
            Source = Clean(feed.Name) ?? Clean(HtmlText.ToText(parsed.Title)) ?? feedAddress.Host,
            PublishedAt = item.Published is { } p && p != default ? p : null,
            Section = Clean(feed.Section) ?? Clean(item.Category),
            Language = string.IsNullOrWhiteSpace(language) ? "en" : language.Trim(),
        };
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Replace('\0', ' ').Trim();

    private static bool IsFeedType(string? mediaType) =>
        mediaType is null || mediaType.Contains("xml", StringComparison.OrdinalIgnoreCase) || mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase);

    private static bool IsHtmlType(string? mediaType) =>
        mediaType is not null && (mediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) || mediaType.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase));
}
