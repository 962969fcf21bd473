using Bellwether.Feeds;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bellwether.Sample.Input;

/// <summary>Feed inputs of <c>ingest</c>: an http(s) feed address, or an OPML file listing feeds.</summary>
internal static class FeedInputs
{
    /// <summary>Whether <paramref name="input"/> names a feed (an http(s) address) or a list of feeds (an .opml file).</summary>
    public static bool IsFeedInput(string input) =>
        IsAddress(input, out _) || input.EndsWith(".opml", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads every feed named by <paramref name="inputs"/> (the linked pages' full text where an item has only a
    /// summary) as records; a feed that fails is one record with the reason, and never stops the others.
    /// </summary>
    public static async Task<IReadOnlyList<InputRecord>> ReadAsync(IReadOnlyList<string> inputs, bool verbose, CancellationToken cancellationToken)
    {
        var feeds = new List<FeedSource>();
        foreach (var input in inputs)
        {
            if (IsAddress(input, out var url))
            {
                feeds.Add(new FeedSource { Url = url });
            }
            else
            {
                var stream = File.OpenRead(input);
                await using (stream.ConfigureAwait(false))
                {
                    try
                    {
                        feeds.AddRange(await Opml.ReadAsync(stream, cancellationToken));
                    }
                    catch (FormatException e)
                    {
                        throw new InvalidDataException($"{input}: {e.Message}", e);
                    }
                }
            }
        }

        var services = new ServiceCollection();
        services.AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(verbose ? LogLevel.Information : LogLevel.Warning));
        services.AddBellwetherFeeds(o => o.UserAgent = "bellwether-sample/0.1 (+https://github.com/bellwether-news/Bellwether.Core)");
        await using var provider = services.BuildServiceProvider();
        var results = await provider.GetRequiredService<IFeedReader>().ReadAllAsync(feeds, cancellationToken);
        var records = new List<InputRecord>();
        foreach (var result in results)
        {
            if (result.Status == FeedReadStatus.Failed)
            {
                records.Add(new InputRecord(result.Feed.Url.AbsoluteUri, null, result.Error));
                continue;
            }

            foreach (var item in result.Items)
            {
                var note = item.TextOrigin switch
                {
                    ArticleTextOrigin.FullText => "full text of the page",
                    ArticleTextOrigin.FeedContent => "text from the feed",
                    _ => item.FullTextProblem is null ? "feed summary" : $"feed summary kept: {item.FullTextProblem}",
                };
                records.Add(new InputRecord($"{result.Feed.Url} {item.Article.Id}", item.Article, Note: note));
            }
        }

        return records;
    }

    private static bool IsAddress(string input, out Uri url) =>
        Uri.TryCreate(input, UriKind.Absolute, out url!) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);
}
