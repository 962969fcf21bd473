using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Bellwether.Sample.Evaluation;
using Bellwether.Sample.Hosting;

namespace Bellwether.Sample.Commands;

/// <summary>
/// <c>eval [FILES…]</c>: clusters every labelled set with the production defaults, in memory and in file order, and
/// prints one row per set and level beside the plain TF-IDF baseline at its best threshold on that set. With
/// <c>--orders N</c> it also ingests each set in N other orders and prints how far the figures move with the order.
/// </summary>
internal static class EvalCommand
{
    /// <summary>Where the labelled sets are read from when no file is named: the shared evaluation folder beside the repository.</summary>
    public static string DefaultFolder => Path.Combine("..", "shared", "eval");

    /// <summary>A story inside this window of its last article can still be joined by the baseline, when articles have times.</summary>
    private static readonly TimeSpan BaselineStoryWindow = TimeSpan.FromDays(7);

    public static Command Create()
    {
        var files = new Argument<string[]>("files")
        {
            Description = $"Labelled JSONL files (id, title, text, time, … and cluster); every *.jsonl in {DefaultFolder} by default.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var levels = new Option<GroupingLevel[]>("--level")
        {
            Description = "The levels to score: story, signal or both (the default).",
            DefaultValueFactory = _ => [GroupingLevel.Story, GroupingLevel.Signal],
            AllowMultipleArgumentsPerToken = true,
        };
        var orders = new Option<int>("--orders")
        {
            Description = "Also ingest each set in this many other orders (seeded shuffles; a dated set stays in time order, only equal times change places) and print the spread of BCubed F1.",
            DefaultValueFactory = _ => 0,
        };
        orders.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 100)
            {
                r.AddError("--orders must be from 0 to 100.");
            }
        });
        var command = new Command("eval", "Score the clustering on labelled sets, beside a plain TF-IDF baseline tuned on each set (in memory: keeps nothing).") { files, levels, orders };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var paths = parse.GetValue(files) is { Length: > 0 } named ? named : DefaultFiles();
            Console.WriteLine("| set | level | BCubed P | BCubed R | BCubed F1 | pairwise F1 | NMI | groups (gold) | seconds | articles/s | baseline F1 (threshold) | baseline pairwise F1 |");
            Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
            var chosenLevels = parse.GetValue(levels)!.Distinct().ToList();
            var otherOrders = parse.GetValue(orders);
            var spreads = new List<string>();
            foreach (var path in paths)
            {
                var set = await LabelledSet.LoadAsync(path, cancellationToken);
                var (fileOrder, seconds) = await ScoreAsync(parse, set, chosenLevels, cancellationToken);
                foreach (var level in chosenLevels)
                {
                    var (threshold, baseline) = BestBaseline(set, level);
                    Console.WriteLine(Row(set, level, fileOrder[level], seconds, threshold, baseline));
                }

                var others = new List<Dictionary<GroupingLevel, ClusteringScore>>();
                for (var seed = 1; seed <= otherOrders; seed++)
                {
                    others.Add((await ScoreAsync(parse, set.InOrder(seed), chosenLevels, cancellationToken)).Scores);
                }

                if (otherOrders > 0)
                {
                    spreads.AddRange(chosenLevels.Select(level => Spread(set, level, fileOrder[level], [.. others.Select(o => o[level].BCubedF1)])));
                }
            }

            if (spreads.Count > 0)
            {
                Console.WriteLine();
                Console.WriteLine("| set | level | BCubed F1, file order | other orders: mean | lowest | highest |");
                Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
                spreads.ForEach(Console.WriteLine);
            }

            return 0;
        });
        return command;
    }

    /// <summary>Ingests <paramref name="set"/> in its order into a fresh in-memory host and scores each level.</summary>
    private static async Task<(Dictionary<GroupingLevel, ClusteringScore> Scores, double Seconds)> ScoreAsync(
        ParseResult parse, LabelledSet set, IReadOnlyList<GroupingLevel> levels, CancellationToken cancellationToken)
    {
        using var host = await SampleHost.StartInMemoryAsync(parse, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        var (answered, _) = await Ingestion.RunReportingProblemsAsync(host, set.Records, cancellationToken);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var scores = new Dictionary<GroupingLevel, ClusteringScore>();
        foreach (var level in levels)
        {
            scores[level] = set.Score(await StreamGrouping.ReadAsync(host, answered, level, cancellationToken));
        }

        return (scores, seconds);
    }

    private static string Spread(LabelledSet set, GroupingLevel level, ClusteringScore fileOrder, IReadOnlyList<double> others) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"| {set.Name} | {level.ToString().ToLowerInvariant()} | {100 * fileOrder.BCubedF1:0.0} | {100 * others.Average():0.0} | {100 * others.Min():0.0} | {100 * others.Max():0.0} |");

    private static string[] DefaultFiles()
    {
        if (!Directory.Exists(DefaultFolder))
        {
            throw new DirectoryNotFoundException($"No labelled sets at '{Path.GetFullPath(DefaultFolder)}': name the JSONL files, or run from the repository root.");
        }

        return [.. Directory.EnumerateFiles(DefaultFolder, "*.jsonl").Order(StringComparer.Ordinal)];
    }

    /// <summary>The baseline at its best threshold on this set: stories only reach back a week when articles have times; signals have no window.</summary>
    private static (double Threshold, ClusteringScore Score) BestBaseline(LabelledSet set, GroupingLevel level)
    {
        TimeSpan? window = level == GroupingLevel.Story ? BaselineStoryWindow : null;
        return TfIdfBaseline.Thresholds
            .Select(t => (t, set.Score(set.Articles.Select(a => a.Id).Zip(TfIdfBaseline.Cluster(set.Articles, t, window)).DistinctBy(p => p.First))))
            .MaxBy(s => s.Item2.BCubedF1);
    }

    private static string Row(LabelledSet set, GroupingLevel level, ClusteringScore score, double seconds, double threshold, ClusteringScore baseline) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"| {set.Name} | {level.ToString().ToLowerInvariant()} | {100 * score.BCubedPrecision:0.0} | {100 * score.BCubedRecall:0.0} | **{100 * score.BCubedF1:0.0}** | {100 * score.PairwiseF1:0.0} | {score.Nmi:0.000} | {score.PredictedGroups} ({score.GoldGroups}) | {seconds:0.00} | {set.Articles.Count / seconds:0} | {100 * baseline.BCubedF1:0.0} ({threshold:0.00}) | {100 * baseline.PairwiseF1:0.0} |");
}
