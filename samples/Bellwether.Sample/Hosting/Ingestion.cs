using Bellwether.Core;
using Bellwether.Sample.Input;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spectre.Console;

namespace Bellwether.Sample.Hosting;

/// <summary>Ingests the inputs of a verb, with a progress bar on a terminal and silence when output is redirected.</summary>
internal static class Ingestion
{
    /// <summary>Loads the articles at <paramref name="paths"/> and ingests them in order.</summary>
    public static async Task<IReadOnlyList<IngestResult>> RunAsync(IHost host, IReadOnlyList<string> paths, DateTimeOffset? asOf, CancellationToken cancellationToken) =>
        await RunAsync(host, await LoadAsync(paths, cancellationToken), asOf, cancellationToken);

    /// <summary>The articles at <paramref name="paths"/>, in order.</summary>
    public static async Task<IReadOnlyList<Article>> LoadAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        var articles = new List<Article>();
        await foreach (var article in ArticleLoader.LoadAsync(paths, cancellationToken))
        {
            articles.Add(article);
        }

        return articles;
    }

    /// <summary>Ingests <paramref name="articles"/> in order; the result at index i is that of article i.</summary>
    public static async Task<IReadOnlyList<IngestResult>> RunAsync(IHost host, IReadOnlyList<Article> articles, DateTimeOffset? asOf, CancellationToken cancellationToken)
    {
        // Replaying a corpus: score it as of its newest article unless told otherwise.
        var clock = host.Services.GetRequiredService<ReplayClock>();
        var newest = articles.Select(a => a.PublishedAt).Max();
        if ((asOf ?? newest) is { } pinned)
        {
            clock.Pin(pinned);
        }

        var pipeline = host.Services.GetRequiredService<ISignalPipeline>();
        var results = new List<IngestResult>(articles.Count);
        if (Console.IsOutputRedirected || articles.Count < 50)
        {
            foreach (var article in articles)
            {
                results.Add(await pipeline.IngestAsync(article, cancellationToken));
            }

            return results;
        }

        await AnsiConsole.Progress().StartAsync(async context =>
        {
            var task = context.AddTask("Ingesting", maxValue: articles.Count);
            foreach (var article in articles)
            {
                results.Add(await pipeline.IngestAsync(article, cancellationToken));
                task.Increment(1);
            }
        });
        return results;
    }
}
