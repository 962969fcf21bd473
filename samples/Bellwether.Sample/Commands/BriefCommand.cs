using System.CommandLine;
using System.Text.Json;
using Bellwether.Core;
using Bellwether.Sample.Hosting;
using Bellwether.Sample.Output;
using Microsoft.Extensions.DependencyInjection;

namespace Bellwether.Sample.Commands;

/// <summary><c>brief</c>: the sample reader's brief, or an explicit "nothing worth saying".</summary>
internal static class BriefCommand
{
    public static Command Create(Option<bool> verbose)
    {
        var input = CommonOptions.Input();
        var format = CommonOptions.Format();
        var asOf = CommonOptions.AsOf();
        var command = new Command("brief", "Compose the reader's brief from the ingested articles.") { input, format, asOf };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(parse.GetValue(input)!, parse.GetValue(format), parse.GetValue(asOf), parse.GetValue(verbose), cancellationToken));
        return command;
    }

    /// <summary>Ingests <paramref name="inputs"/> and prints the brief; also the host's default action.</summary>
    public static async Task<int> RunAsync(string[] inputs, OutputFormat format, DateTimeOffset? asOf, bool verbose, CancellationToken cancellationToken)
    {
        using var host = await SampleHost.StartAsync(verbose, cancellationToken);
        await Ingestion.RunAsync(host, inputs, asOf, cancellationToken);
        var brief = await host.Services.GetRequiredService<IBriefComposer>().ComposeAsync(SampleReader.Marco, cancellationToken);
        if (format == OutputFormat.Json)
        {
            Console.WriteLine(JsonSerializer.Serialize(brief, BellwetherJsonContext.Default.Brief));
        }
        else
        {
            TextReport.WriteBrief(Console.Out, brief);
        }

        return 0;
    }
}
