using System.CommandLine;
using Bellwether.Core;
using Bellwether.Rendering;
using Bellwether.Sample.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Bellwether.Sample.Commands;

/// <summary><c>site --out DIR</c>: the static site: the index of all signals, a page per signal and today's brief.</summary>
internal static class SiteCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input();
        var asOf = CommonOptions.AsOf();
        var output = new Option<string>("--out", "-o") { Description = "The folder to write the site into (created when missing).", Required = true };
        var follow = CommonOptions.Follow();
        var command = new Command("site", "Write the static HTML site: index.html, one page per signal, brief.html.") { input, output, asOf, follow };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = await SampleHost.StartAsync(parse, cancellationToken);
            await Ingestion.PrepareReadAsync(host, parse, parse.GetValue(input), parse.GetValue(asOf), cancellationToken);
            var signals = await host.Services.GetRequiredService<ISignalStore>().QueryAllAsync(cancellationToken: cancellationToken).ToListAsync(cancellationToken);

            var brief = await host.Services.GetRequiredService<IBriefComposer>().ComposeAsync(SampleReader.Following(parse.GetValue(follow) ?? []), cancellationToken);
            var written = await host.Services.GetRequiredService<StaticSiteWriter>().WriteAsync(parse.GetValue(output)!, signals, brief, cancellationToken);
            Console.WriteLine($"Wrote {written.Count} pages to {Path.GetFullPath(parse.GetValue(output)!)} ({signals.Count} signals; brief: {(brief.IsSilent ? "nothing worth saying" : $"{brief.Items.Count} items")}).");
            return 0;
        });
        return command;
    }
}
