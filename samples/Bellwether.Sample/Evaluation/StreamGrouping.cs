using Bellwether.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bellwether.Sample.Evaluation;

/// <summary>Which grouping of a stream to report: the stories articles joined, or the signals they fed.</summary>
internal enum GroupingLevel
{
    /// <summary>Each article's story as it stands at the end of the stream (merges included).</summary>
    Story,

    /// <summary>The strongest signal each article created or reinforced, as stored at the end of the stream.</summary>
    Signal,
}

/// <summary>
/// Reads the groups of an ingested stream back from the host: one group per distinct article id, in first-seen order.
/// An article the store already held (same text or address) belongs to its original's group; an article with no group
/// (no candidate, no story) is its own group.
/// </summary>
internal static class StreamGrouping
{
    /// <summary>The group of each distinct article id at <paramref name="level"/>, in input order.</summary>
    public static async Task<IReadOnlyList<(string ArticleId, string Group)>> ReadAsync(
        IHost host, IReadOnlyList<(Article Article, IngestResult Result)> answered, GroupingLevel level, CancellationToken cancellationToken)
    {
        var ownGroup = level == GroupingLevel.Story ? await StoryGroupsAsync(host, answered, cancellationToken) : await SignalGroupsAsync(host, cancellationToken);

        // A copy's original may come later in the input (a database filled in another order), and a copy may share
        // its address with one copy and its text with another, so groups spread through the keys until none is learnt.
        var groups = new Dictionary<string, string>(ownGroup, StringComparer.Ordinal);
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        var keyed = answered.Select(a => (a.Article.Id, Keys: Keys(a.Article))).ToList();
        var copies = keyed.Where((k, i) => !ownGroup.ContainsKey(k.Id) && answered[i].Result.Outcome == IngestOutcome.Duplicate).ToList();
        for (var learnt = true; learnt;)
        {
            foreach (var (id, keys) in keyed)
            {
                if (groups.GetValueOrDefault(id) is { } group)
                {
                    Array.ForEach(keys, key => byKey.TryAdd(key, group));
                }
            }

            learnt = false;
            foreach (var (id, keys) in copies.Where(c => !groups.ContainsKey(c.Id)))
            {
                if (keys.Select(byKey.GetValueOrDefault).FirstOrDefault(g => g is not null) is { } group)
                {
                    groups[id] = group;
                    learnt = true;
                }
            }
        }

        var rows = new List<(string, string)>(answered.Count);
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (article, _) in answered)
        {
            if (written.Add(article.Id))
            {
                rows.Add((article.Id, groups.GetValueOrDefault(article.Id) ?? "alone:" + article.Id));
            }
        }

        return rows;
    }

    /// <summary>
    /// Each article's story, resolved through the merges that happened after it joined; an article a store held
    /// before this run (a duplicate now) has the story its stored evidence names.
    /// </summary>
    private static async Task<Dictionary<string, string>> StoryGroupsAsync(IHost host, IReadOnlyList<(Article Article, IngestResult Result)> answered, CancellationToken cancellationToken)
    {
        var matcher = host.Services.GetRequiredService<ISignalMatcher>();
        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (article, result) in answered)
        {
            if (result.StoryId is { } story)
            {
                groups.TryAdd(article.Id, "story:" + matcher.ResolveStory(story));
            }
        }

        if (answered.Any(a => a.Result.Outcome == IngestOutcome.Duplicate))
        {
            await foreach (var signal in host.Services.GetRequiredService<ISignalStore>().QueryAllAsync(cancellationToken: cancellationToken))
            {
                foreach (var evidence in signal.Evidence)
                {
                    if (evidence.StoryId is { } story)
                    {
                        groups.TryAdd(evidence.Article.Id, "story:" + matcher.ResolveStory(story));
                    }
                }
            }
        }

        return groups;
    }

    /// <summary>
    /// Each article's strongest signal as stored now: signals are ranked by strength, then by how many articles back
    /// them, then by id, and an article keeps the first it is evidence of.
    /// </summary>
    private static async Task<Dictionary<string, string>> SignalGroupsAsync(IHost host, CancellationToken cancellationToken)
    {
        var store = host.Services.GetRequiredService<ISignalStore>();
        var signals = new List<Signal>();
        int? offset = 0;
        while (offset is { } next)
        {
            var page = await store.QueryAsync(new SignalQuery { Offset = next, Limit = SignalQuery.MaxLimit }, cancellationToken);
            signals.AddRange(page.Items);
            offset = page.NextOffset;
        }

        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var signal in signals.OrderByDescending(s => s.Strength.Strength).ThenByDescending(s => s.ArticleCount).ThenBy(s => s.Id, StringComparer.Ordinal))
        {
            foreach (var evidence in signal.Evidence)
            {
                groups.TryAdd(evidence.Article.Id, "signal:" + signal.Id);
            }
        }

        return groups;
    }

    private static string[] Keys(Article article)
    {
        var record = ArticleRecord.From(article);
        return record.Url is { } url ? [record.ContentHash, url.AbsoluteUri] : [record.ContentHash];
    }
}
