using System.Collections;
using System.Diagnostics;
using System.Globalization;
using Bellwether.Core.Internal;
using Microsoft.Extensions.Options;

namespace Bellwether.Core.Benchmarks;

/// <summary>
/// A long stream through the default matcher, driven as the pipeline drives it (match each article's candidate, then
/// observe the signal its evidence went to), with no store and no extraction: generated headlines of a few thousand
/// stories, each living a few days, spread evenly over a year of publication times. Prints the index's size and the
/// managed heap after a full collection at every tenth of the stream.
/// </summary>
/// <remarks>
/// <c>dotnet run -c Release --project benchmarks/Bellwether.Core.Benchmarks -- soak [--articles N] [--no-evict] [--event-half-life DAYS]</c>.
/// The driver keeps each signal's evidence count (what the store would hold); with eviction on it forgets a signal
/// unreinforced for longer than the matcher could still join it, so the heap measures the index.
/// </remarks>
internal static class Soak
{
    private const int Stories = 5_000;
    private const int Words = 6_000;
    private const int Actors = 800;
    private static readonly string[] Syllables =
    [
        "ka", "lo", "mi", "ren", "sto", "var", "dun", "pel", "tri", "zo", "ba", "quin", "mar", "fel", "gor", "hal",
        "jun", "ker", "lim", "nor", "pas", "rud", "sel", "tam", "ul", "ves", "wen", "yor", "bri", "cad", "dor", "esk",
    ];

    public static async Task RunAsync(string[] args)
    {
        var articles = Argument(args, "--articles", 1_000_000);
        var evict = !args.Contains("--no-evict");
        var eventHalfLife = TimeSpan.FromDays(Argument(args, "--event-half-life", 14));
        var options = new ClusteringOptions { EvictStaleClusters = evict, EventSignalHalfLife = eventHalfLife };
        var matcher = new CentroidSignalMatcher(Options.Create(options), TimeProvider.System);
        var stream = new SoakStream(20_261_205, articles);
        // With eviction on, a signal unreinforced for longer than this cannot be joined any more: the driver forgets it too.
        var signalReach = eventHalfLife * Math.Log2(1 / Math.Min(options.SignalMatchThreshold / 2, options.CompactionThreshold)) * 1.05;
        var evidenceCounts = new Dictionary<string, (int Count, DateTimeOffset Last)>(StringComparer.Ordinal);
        var signals = 0;
        var clock = Stopwatch.StartNew();
        Console.WriteLine($"soak: {articles:N0} articles, eviction {(evict ? "on" : "off")}, EventSignalHalfLife {eventHalfLife.TotalDays} days, {Environment.ProcessorCount} cores");
        Console.WriteLine("| articles | day | live stories | live signals | heap after full GC (MB) | seconds |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
        var checkpoint = Math.Max(1, articles / 10);
        for (var i = 0; i < articles; i++)
        {
            var (article, candidate) = stream.Next(i);
            var match = await matcher.MatchAsync(candidate, article);
            var signalId = match.SignalId ?? "s" + (++signals).ToString(CultureInfo.InvariantCulture);
            var count = evidenceCounts.TryGetValue(signalId, out var known) ? known.Count + 1 : 1;
            evidenceCounts[signalId] = (count, article.PublishedAt!.Value);
            var evidence = candidate.Evidence with { StoryId = match.StoryId ?? article.Id };
            matcher.Observe(new Signal
            {
                Id = signalId,
                Headline = candidate.Headline,
                Horizon = SignalHorizon.EventDriven,
                Actors = candidate.Actors,
                Evidence = new LatestEvidence(count, evidence),
                Version = count,
            });
            if (evict && i % 10_000 == 0)
            {
                var cutoff = article.PublishedAt!.Value - signalReach;
                foreach (var stale in evidenceCounts.Where(p => p.Value.Last < cutoff).Select(p => p.Key).ToList())
                {
                    evidenceCounts.Remove(stale);
                }
            }

            if ((i + 1) % checkpoint == 0 || i == 0 || i + 1 == 10_000)
            {
                var live = matcher.LiveClusters();
                var heap = GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024.0);
                var day = (article.PublishedAt!.Value - SoakStream.Start).TotalDays;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {i + 1:N0} | {day:F0} | {live.Count(k => k.StartsWith("story ", StringComparison.Ordinal)):N0} | {live.Count(k => k.StartsWith("signal ", StringComparison.Ordinal)):N0} | {heap:F1} | {clock.Elapsed.TotalSeconds:F0} |"));
            }
        }

        Console.WriteLine($"signals created: {signals:N0}");
    }

    private static int Argument(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    /// <summary>
    /// A signal's evidence as the matcher reads it when observing one new entry: the count says how many entries the
    /// store holds, and only the last is read (every index answers it).
    /// </summary>
    private sealed class LatestEvidence(int count, ArticleEvidence latest) : IReadOnlyList<ArticleEvidence>
    {
        public int Count => count;

        public ArticleEvidence this[int index] => latest;

        public IEnumerator<ArticleEvidence> GetEnumerator() => Enumerable.Repeat(latest, count).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Generated headlines: stories of 6 keywords and 2 actors, each active 1–7 days at a random start in the year, with a skewed popularity.</summary>
    private sealed class SoakStream
    {
        public static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        private readonly Random _random;
        private readonly int _articles;
        private readonly string[] _words;
        private readonly string[] _actors;
        private readonly Story[] _stories;
        private readonly List<Story> _active = [];
        private int _nextStory;

        public SoakStream(int seed, int articles)
        {
            _random = new Random(seed);
            _articles = articles;
            _words = [.. Enumerable.Range(0, Words).Select(_ => Word(2 + _random.Next(2))).Distinct()];
            _actors = [.. Enumerable.Range(0, Actors).Select(_ => Capital(Word(2)) + " " + Capital(Word(2 + _random.Next(2))))];
            _stories = [.. Enumerable.Range(0, Stories)
                .Select(_ => new Story(
                    Start + TimeSpan.FromDays(_random.NextDouble() * 365),
                    TimeSpan.FromDays(1 + (_random.NextDouble() * 6)),
                    [.. Enumerable.Range(0, 6).Select(_ => _words[Skewed(_words.Length)])],
                    [_actors[_random.Next(_actors.Length)], _actors[_random.Next(_actors.Length)]],
                    1 / (0.05 + _random.NextDouble())))
                .OrderBy(s => s.Begins)];
        }

        public (Article Article, SignalCandidate Candidate) Next(int index)
        {
            var at = Start + TimeSpan.FromDays(365.0 * index / _articles);
            while (_nextStory < _stories.Length && _stories[_nextStory].Begins <= at)
            {
                _active.Add(_stories[_nextStory++]);
            }

            _active.RemoveAll(s => s.Ends < at);
            var story = _active.Count == 0 ? _stories[Math.Min(_nextStory, _stories.Length - 1)] : Pick();
            var words = story.Keywords.OrderBy(_ => _random.Next()).Take(3 + _random.Next(3)).ToList();
            words.Add(_words[Skewed(_words.Length)]);
            var actors = _random.Next(2) == 0 ? new[] { story.Actors[_random.Next(2)] } : [];
            var title = string.Join(' ', actors.Concat(words));
            var article = new Article { Id = "a" + index.ToString(CultureInfo.InvariantCulture), Title = title, PublishedAt = at, Source = "outlet" + _random.Next(40) };
            var candidate = new SignalCandidate
            {
                Headline = title,
                Horizon = SignalHorizon.EventDriven,
                Actors = actors,
                Evidence = new ArticleEvidence { Article = article.ToReference(), ExtractedAt = at },
            };
            return (article, candidate);
        }

        private Story Pick()
        {
            var total = _active.Sum(s => s.Weight);
            var roll = _random.NextDouble() * total;
            foreach (var story in _active)
            {
                roll -= story.Weight;
                if (roll <= 0)
                {
                    return story;
                }
            }

            return _active[^1];
        }

        /// <summary>An index skewed to the front (a few words are common, most rare).</summary>
        private int Skewed(int count) => (int)(count * Math.Pow(_random.NextDouble(), 2.5));

        private string Word(int syllables) => string.Concat(Enumerable.Range(0, syllables).Select(_ => Syllables[_random.Next(Syllables.Length)]));

        private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];

        private sealed record Story(DateTimeOffset Begins, TimeSpan Lasts, string[] Keywords, string[] Actors, double Weight)
        {
            public DateTimeOffset Ends => Begins + Lasts;
        }
    }
}
