using System.CommandLine;
using Bellwether.Sample.Commands;
using Bellwether.Sample.Hosting;
using Bellwether.Sample.Input;
using Bellwether.Sample.Output;

var verbose = CommonOptions.Verbose();
var root = new RootCommand("The Bellwether: turns news articles into signals and a morning brief. With no verb, ingests the bundled seeds and prints the brief.")
{
    verbose,
    StoreOptions.Db(),
    StoreOptions.Postgres(),
    IngestCommand.Create(verbose),
    SignalsCommand.Create(verbose),
    SignalCommand.Create(verbose),
    BriefCommand.Create(verbose),
    SiteCommand.Create(verbose),
    ExtractCommand.Create(verbose),
    ClusterCommand.Create(verbose),
};
foreach (var option in ModelChoice.CreateOptions())
{
    root.Options.Add(option);
}

root.SetAction((parse, cancellationToken) =>
    BriefCommand.RunAsync([ArticleLoader.SeedsFolder], OutputFormat.Text, asOf: null, parse, cancellationToken));
return await root.Parse(args).InvokeAsync();
