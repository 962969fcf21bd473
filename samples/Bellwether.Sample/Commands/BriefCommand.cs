using System.CommandLine;
using Bellwether.Core;
using Bellwether.Rendering;
using Bellwether.Sample.Hosting;
using Bellwether.Sample.Output;
using Microsoft.Extensions.DependencyInjection;

namespace Bellwether.Sample.Commands;

/// <summary><c>brief</c>: the sample reader's brief, or an explicit "nothing worth saying", in any rendered format.</summary>
internal static class BriefCommand
{
    private static readonly Dictionary<string, RenderFormat> Formats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["md"] = RenderFormat.Markdown,
        ["text"] = RenderFormat.Text,
        ["json"] = RenderFormat.Json,
        ["html"] = RenderFormat.Html,
    };

    public static Command Create()
    {
        var input = CommonOptions.Input();
        var asOf = CommonOptions.AsOf();
        var format = new Option<string>("--format", "-f") { Description = "Output format: md, text, json or html.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong([.. Formats.Keys]);
        var output = new Option<string?>("--out", "-o") { Description = "Write the brief to this file instead of the console." };
        var lastBrief = new Option<DateTimeOffset?>("--last-brief") { Description = "When the reader's previous brief was composed: only signals new or reinforced since then qualify." };
        var follow = CommonOptions.Follow();
        var command = new Command("brief", "Compose the reader's brief from the ingested articles.") { input, format, output, asOf, lastBrief, follow };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(input),
            Formats[parse.GetValue(format)!],
            parse.GetValue(output),
            parse.GetValue(asOf),
            parse.GetValue(lastBrief),
            parse.GetValue(follow) ?? [],
            parse,
            cancellationToken));
        return command;
    }

    /// <summary>Ingests <paramref name="inputs"/> and prints the brief as text or JSON; the host's default action.</summary>
    public static Task<int> RunAsync(string[] inputs, OutputFormat format, DateTimeOffset? asOf, ParseResult parse, CancellationToken cancellationToken) =>
        RunAsync(inputs, format == OutputFormat.Json ? RenderFormat.Json : RenderFormat.Text, path: null, asOf, lastBrief: null, follows: [], parse, cancellationToken);

    private static async Task<int> RunAsync(string[]? inputs, RenderFormat format, string? path, DateTimeOffset? asOf, DateTimeOffset? lastBrief, string[] follows, ParseResult parse, CancellationToken cancellationToken)
    {
        using var host = await SampleHost.StartAsync(parse, cancellationToken);
        await Ingestion.PrepareReadAsync(host, parse, inputs, asOf, cancellationToken);
        var reader = SampleReader.Following(follows) with { LastBriefAt = lastBrief };
        var brief = await host.Services.GetRequiredService<IBriefComposer>().ComposeAsync(reader, cancellationToken);
        var renderer = host.Services.GetRenderer(format);
        if (path is null)
        {
            await renderer.RenderBriefAsync(brief, Console.Out, cancellationToken);
            return 0;
        }

        var file = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        await using (file)
        {
            await renderer.RenderBriefAsync(brief, file, cancellationToken);
        }

        await Console.Error.WriteLineAsync(brief.IsSilent ? $"Wrote {path} (nothing worth saying: {brief.SilenceReason})" : $"Wrote {path} ({brief.Items.Count} items)");
        return 0;
    }
}
