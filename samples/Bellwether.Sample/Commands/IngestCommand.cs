using System.CommandLine;
using Bellwether.Core;
using Bellwether.Sample.Hosting;
using Bellwether.Sample.Input;

namespace Bellwether.Sample.Commands;

/// <summary><c>ingest PATH…</c>: ingests articles and reports what each created or reinforced.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Article files or folders (.txt, .jsonl); the bundled seeds when omitted.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var asOf = CommonOptions.AsOf();
        var command = new Command("ingest", "Ingest articles and report the signals they create or reinforce.") { paths, asOf };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var inputs = parse.GetValue(paths) is { Length: > 0 } given ? given : [ArticleLoader.SeedsFolder];
            using var host = await SampleHost.StartAsync(parse, cancellationToken);
            var results = await Ingestion.RunAsync(host, inputs, parse.GetValue(asOf), cancellationToken);
            foreach (var result in results)
            {
                Console.WriteLine($"{result.ArticleId}: {Describe(result)}");
            }

            Console.WriteLine($"{results.Count} article(s): {results.Sum(r => r.Created.Count)} signal(s) created, {results.Sum(r => r.Reinforced.Count)} reinforced.");
            return 0;
        });
        return command;
    }

    private static string Describe(IngestResult result) => result.Outcome switch
    {
        IngestOutcome.Duplicate => "duplicate, skipped",
        IngestOutcome.NoSignals => "no signal",
        _ => string.Join("; ", result.Created.Select(s => $"created {s.Id} (str {s.Strength.Strength})")
            .Concat(result.Reinforced.Select(s => $"reinforced {s.Id} (str {s.Strength.Strength}, {s.ArticleCount} articles)"))),
    };
}
