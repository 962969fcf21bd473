using System.CommandLine;
using Bellwether.Sample.Commands;
using Bellwether.Sample.Hosting;
using Bellwether.Sample.Input;
using Bellwether.Sample.Output;

var root = new RootCommand("The Bellwether: turns news articles into signals and a morning brief. With no verb, ingests the bundled seeds and prints the brief.")
{
    CommonOptions.Verbose(),
    StoreOptions.Db(),
    StoreOptions.Postgres(),
    EmbeddingOptions.Create(),
    IngestCommand.Create(),
    ServeCommand.Create(),
    SignalsCommand.Create(),
    SignalCommand.Create(),
    BriefCommand.Create(),
    SiteCommand.Create(),
    ExtractCommand.Create(),
    ClusterCommand.Create(),
    EvalCommand.Create(),
};
foreach (var option in ModelChoice.CreateOptions())
{
    root.Options.Add(option);
}

root.SetAction((parse, cancellationToken) =>
    BriefCommand.RunAsync([ArticleLoader.SeedsFolder], OutputFormat.Text, asOf: null, parse, cancellationToken));
ParseResult? parse = null;
try
{
    parse = root.Parse(args);
    return parse.Errors.Count > 0
        ? CommandErrors.ReportParseErrors(parse.Errors, Console.Error)
        : await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception error) when (error is not OperationCanceledException)
{
    return CommandErrors.Report(error, parse?.GetValue<bool>(CommonOptions.VerboseName) ?? false, Console.Error);
}
