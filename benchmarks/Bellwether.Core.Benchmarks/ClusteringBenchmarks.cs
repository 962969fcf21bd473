using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Bellwether.Core.Internal;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Options;

namespace Bellwether.Core.Benchmarks;

/// <summary>
/// Assign + merge + score for one candidate against N live signals, text analysis excluded (candidates are
/// vectorised in setup): story-level search, join or create, signal-level search, join or create, and the
/// strength of the signal reinforced. Baselines in the same run: an exact brute-force cosine scan over every
/// story centroid, and Lucene.Net 4.8 MoreLikeThis top-1 over the same signals' text.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: WarmupIterations, iterationCount: MeasuredIterations, invocationCount: 1)]
[MemoryDiagnoser]
public class ClusteringBenchmarks : IDisposable
{
    private const int Candidates = 1000;
    private const int BaselineCandidates = 20;
    private const int MembersPerSignal = 3;
    private const int WarmupIterations = 16;
    private const int MeasuredIterations = 5;
    private static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly List<double[]> _latencies = [];
    private readonly List<TimeSpan> _cpuTimes = [];
    private ClusterIndex _stories = null!;
    private ClusterIndex _signals = null!;
    private TermVector[] _queries = null!;
    private uint[][] _sketches = null!;
    private string[] _queryText = null!;
    private Signal[] _scored = null!;
    private CorroborationSignalScorer _scorer = null!;
    private ClusteringOptions _options = null!;
    private RAMDirectory _lucene = null!;
    private DirectoryReader _reader = null!;
    private IndexSearcher _searcher = null!;
    private MoreLikeThis _moreLikeThis = null!;
    private StandardAnalyzer _analyzer = null!;
    private int _next;

    /// <summary>Live signals in the index before the run.</summary>
    [Params(10_000, 100_000, 1_000_000)]
    public int LiveSignals { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _options = new ClusteringOptions();
        _scorer = new CorroborationSignalScorer(Options.Create(new BellwetherOptions()));
        var zipf = new BenchmarkCorpus.Zipf(42);
        var real = BenchmarkCorpus.RealHeadlines();
        var queryText = new List<string>();
        for (var i = 0; i < Candidates; i++)
        {
            queryText.Add(i % 2 == 0 && i / 2 < real.Count ? real[i / 2] : zipf.Headline(8));
        }

        _queryText = [.. queryText];
        _queries = [.. _queryText.Select(t => TextFeatures.Vectorize(t, null))];
        _sketches = [.. _queryText.Select(t => TextFeatures.Sketch(t, null))];

        // Generate the signals' text first so that the measured memory is the indexes' alone.
        var texts = new string[LiveSignals];
        var memberText = new string[LiveSignals][];
        for (var s = 0; s < LiveSignals; s++)
        {
            // Real headlines not used as candidates seed signals; Zipf headlines fill up; each signal holds a few variants.
            var seed = (Candidates / 2) + s < real.Count ? real[(Candidates / 2) + s] : zipf.Headline(8);
            var words = seed.Split(' ');
            var members = new string[MembersPerSignal];
            members[0] = seed;
            for (var m = 1; m < MembersPerSignal; m++)
            {
                members[m] = string.Join(' ', words.Where(_ => zipf.Random.NextDouble() < 0.6).Concat([zipf.Word(), zipf.Word(), zipf.Word()]));
            }

            memberText[s] = members;
            texts[s] = string.Join(" . ", members);
        }

        var before = GC.GetTotalMemory(forceFullCollection: true);
        _stories = new ClusterIndex(ClusterLevel.Stories(_options));
        _signals = new ClusterIndex(ClusterLevel.Signals(_options));
        var started = Stopwatch.GetTimestamp();
        for (var s = 0; s < LiveSignals; s++)
        {
            Cluster? story = null;
            Cluster? signal = null;
            foreach (var member in memberText[s])
            {
                var vector = TextFeatures.Vectorize(member, null);
                var sketch = TextFeatures.Sketch(member, null);
                _stories.Count(vector);
                _signals.Count(vector);
                if (story is null)
                {
                    story = _stories.Create("story" + s, vector, sketch, 0);
                    signal = _signals.Create("signal" + s, vector, sketch, 0);
                }
                else
                {
                    _stories.Join(story, vector, sketch, 0);
                    _signals.Join(signal!, vector, sketch, 0);
                }
            }
        }

        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(memberText);
        Console.WriteLine($"// live signals {LiveSignals}: index memory {(after - before) / (double)LiveSignals:0} B per signal (story + signal levels, {_stories.PostingEntries + _signals.PostingEntries} posting entries), built in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s");

        _scored = [.. Enumerable.Range(1, 64).Select(SignalOfSize)];
        BuildLucene(texts);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        // Per-candidate latencies of the measured iterations only: the last ones run (BenchmarkDotNet runs its
        // jitting and warm-up invocations first; they would put tier-0 code in the tail).
        var measured = _latencies.Skip(Math.Max(0, _latencies.Count - MeasuredIterations)).SelectMany(l => l).Order().ToList();
        if (measured.Count > 0)
        {
            Console.WriteLine($"// live signals {LiveSignals}: per-candidate latency over the {measured.Count} candidates of the last {MeasuredIterations} of {_latencies.Count} invocations: median {measured[measured.Count / 2]:0.000} ms, p99 {measured[(int)(measured.Count * 0.99)]:0.000} ms, max {measured[^1]:0.000} ms");

            // Wall-clock times on a shared machine include waiting for a core; the process's CPU time (all its threads,
            // GC and JIT included) per candidate is what one core spends.
            var cpu = _cpuTimes.Skip(Math.Max(0, _cpuTimes.Count - MeasuredIterations)).ToList();
            Console.WriteLine($"// live signals {LiveSignals}: process CPU time per candidate over the same invocations: {cpu.Sum(t => t.TotalMicroseconds) / (cpu.Count * Candidates):0.0} µs ({string.Join(", ", cpu.Select(t => (t.TotalMicroseconds / Candidates).ToString("0.0", CultureInfo.InvariantCulture)))})");
        }

        foreach (var (latencies, invocation) in _latencies.Select((l, i) => (l.Order().ToList(), i + 1)))
        {
            Console.WriteLine($"//   invocation {invocation}: median {latencies[latencies.Count / 2]:0.000} ms, p99 {latencies[(int)(latencies.Count * 0.99)]:0.000} ms, max {latencies[^1]:0.000} ms");
        }

        Dispose();
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _lucene?.Dispose();
        _analyzer?.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Assign + merge + score through the inverted indexes (the default path).</summary>
    [Benchmark(OperationsPerInvoke = Candidates)]
    public int AssignMergeScore()
    {
        var strength = 0;
        var latencies = new double[Candidates];
        _latencies.Add(latencies);
        var cpuBefore = Environment.CpuUsage.TotalTime;
        for (var i = 0; i < Candidates; i++)
        {
            var started = Stopwatch.GetTimestamp();
            strength += Place(_queries[i], _sketches[i]);
            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        _cpuTimes.Add(Environment.CpuUsage.TotalTime - cpuBefore);
        return strength;
    }

    /// <summary>
    /// The same with the candidate's text analysed inside the timing (stems, stem pairs, copy sketch), as MoreLikeThis
    /// analyses its query text inside its own: the fair comparison with Lucene.
    /// </summary>
    [Benchmark(OperationsPerInvoke = BaselineCandidates)]
    public int VectoriseAssignMergeScore()
    {
        var strength = 0;
        for (var i = 0; i < BaselineCandidates; i++)
        {
            strength += Place(TextFeatures.Vectorize(_queryText[i], null), TextFeatures.Sketch(_queryText[i], null));
        }

        return strength;
    }

    /// <summary>Places one candidate at both levels and returns the strength of the signal it reinforced or started.</summary>
    private int Place(TermVector query, uint[] sketch)
    {
        var ticks = TimeSpan.FromMinutes(_next++).Ticks;
        var story = _stories.Search(query, ticks);
        if (story.Count > 0 && story[0].Similarity >= _options.StoryMatchThreshold)
        {
            _stories.Join(story[0].Cluster, query, sketch, ticks);
        }
        else
        {
            _stories.Create("q" + _next, query, sketch, ticks);
        }

        var signal = _signals.Search(query, ticks);
        Cluster target;
        if (signal.Count > 0 && signal[0].Similarity >= _options.SignalMatchThreshold)
        {
            target = signal[0].Cluster;
            _signals.Join(target, query, sketch, ticks);
        }
        else
        {
            target = _signals.Create("q" + _next, query, sketch, ticks);
        }

        _stories.Count(query);
        _signals.Count(query);
        return _scorer.Score(_scored[Math.Min(target.Size, _scored.Length) - 1], DateTimeOffset.UnixEpoch).Strength;
    }

    /// <summary>Exact cosine of each candidate with every story centroid: the cost the inverted index avoids.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = BaselineCandidates)]
    public double BruteForceCosine()
    {
        var best = 0.0;
        for (var i = 0; i < BaselineCandidates; i++)
        {
            var query = _queries[i];
            var top = 0.0;
            foreach (var cluster in _stories.Clusters)
            {
                top = Math.Max(top, TermVector.Cosine(query, cluster.Centroid, _stories.Frequencies));
            }

            best += top;
        }

        return best;
    }

    /// <summary>Lucene.Net 4.8 MoreLikeThis: the candidate's text as a query, top-1 over the same signals.</summary>
    [Benchmark(OperationsPerInvoke = BaselineCandidates)]
    public int LuceneMoreLikeThis()
    {
        var hits = 0;
        for (var i = 0; i < BaselineCandidates; i++)
        {
            using var reader = new StringReader(_queryText[i]);
            var query = _moreLikeThis.Like(reader, "text");
            hits += _searcher.Search(query, 1).TotalHits > 0 ? 1 : 0;
        }

        return hits;
    }

    private static Signal SignalOfSize(int size)
    {
        var start = DateTimeOffset.UnixEpoch;
        return new Signal
        {
            Id = "s" + size,
            Headline = "signal",
            ExtractionCount = size,
            FirstExtractedAt = start,
            LastReinforcedAt = start.AddHours(size),
            Evidence = [.. Enumerable.Range(0, size).Select(i => new ArticleEvidence
            {
                Article = new ArticleReference("a" + i, "t", null, "source" + (i % 7), start.AddHours(i)),
                IsNearDuplicate = i % 5 == 4,
            })],
        };
    }

    private void BuildLucene(string[] texts)
    {
        _lucene = new RAMDirectory();
        _analyzer = new StandardAnalyzer(Version);
        using (var writer = new IndexWriter(_lucene, new IndexWriterConfig(Version, _analyzer) { RAMBufferSizeMB = 256 }))
        {
            foreach (var text in texts)
            {
                writer.AddDocument(new Document { new TextField("text", text, Field.Store.NO) });
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_lucene);
        _searcher = new IndexSearcher(_reader);
        _moreLikeThis = new MoreLikeThis(_reader) { Analyzer = _analyzer, FieldNames = ["text"], MinTermFreq = 1, MinDocFreq = 1 };
    }
}
