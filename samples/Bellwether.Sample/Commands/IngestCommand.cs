using System.CommandLine;
using Bellwether.Sample.Hosting;
using Bellwether.Sample.Input;

namespace Bellwether.Sample.Commands;

/// <summary>
/// <c>ingest PATH…</c>: ingests articles, printing one line per record as it is answered (what it created or
/// reinforced, or why it was skipped or rejected) and a summary; exits with <see cref="CommandErrors.Rejected"/> when any
/// record was skipped or rejected.
/// </summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Article files or folders (.txt, .jsonl), http(s) feed addresses (RSS, Atom, RDF) or OPML files of feeds; the bundled seeds when omitted.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var asOf = CommonOptions.AsOf();
        var command = new Command("ingest", "Ingest articles and report the signals they create or reinforce.") { paths, asOf };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var inputs = parse.GetValue(paths) is { Length: > 0 } given ? given : [ArticleLoader.SeedsFolder];
            var files = inputs.Where(i => !FeedInputs.IsFeedInput(i)).ToList();
            var feeds = inputs.Where(FeedInputs.IsFeedInput).ToList();
            var records = new List<InputRecord>(files.Count > 0 ? await Ingestion.ReadAsync(files, cancellationToken) : []);
            if (feeds.Count > 0)
            {
                records.AddRange(await FeedInputs.ReadAsync(feeds, parse.GetValue<bool>(CommonOptions.VerboseName), cancellationToken));
            }

            using var host = await SampleHost.StartAsync(parse, cancellationToken);
            var summary = await Ingestion.RunAsync(host, records, parse.GetValue(asOf), (record, result) => Console.WriteLine(Describe.Record(record, result)), cancellationToken);
            Console.WriteLine(summary);
            return summary.Rejected > 0 ? CommandErrors.Rejected : 0;
        });
        return command;
    }
}
