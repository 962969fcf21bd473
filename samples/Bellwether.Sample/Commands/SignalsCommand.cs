using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.Json;
using Bellwether.Core;
using Bellwether.Rendering;
using Bellwether.Sample.Hosting;
using Bellwether.Sample.Output;
using Microsoft.Extensions.DependencyInjection;

namespace Bellwether.Sample.Commands;

/// <summary><c>signals</c>: lists signals, strongest first.</summary>
internal static class SignalsCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input();
        var format = CommonOptions.Format();
        var asOf = CommonOptions.AsOf();
        var limit = new Option<int>("--limit")
        {
            Description = $"How many signals to list (1 to {SignalQuery.MaxLimit}).",
            DefaultValueFactory = _ => 20,
            CustomParser = ParseLimit,
        };
        var command = new Command("signals", "List signals, strongest first.") { input, format, asOf, limit };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = await SampleHost.StartAsync(parse, cancellationToken);
            await Ingestion.PrepareReadAsync(host, parse, parse.GetValue(input), parse.GetValue(asOf), cancellationToken);
            var store = host.Services.GetRequiredService<ISignalStore>();
            var page = await store.QueryAsync(new SignalQuery { Limit = parse.GetValue(limit) }, cancellationToken);
            var shown = $"Showing {page.Items.Count} of {page.TotalCount} signal(s), strongest first{(page.Items.Count < page.TotalCount ? " (--limit shows more)" : string.Empty)}.";
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Console.WriteLine(JsonSerializer.Serialize(page.Items, BellwetherJson.Options.GetTypeInfo(typeof(IReadOnlyList<Signal>))));
                await Console.Error.WriteLineAsync(shown);
            }
            else
            {
                await host.Services.GetRequiredService<PlainTextRenderer>().RenderSignalListAsync(page.Items, Console.Out, cancellationToken);
                Console.WriteLine(shown);
            }

            return 0;
        });
        return command;
    }

    /// <summary>The <c>--limit</c> value, or a parse error naming the range when the token is not a whole number in it.</summary>
    private static int ParseLimit(ArgumentResult result)
    {
        var token = result.Tokens.Count == 0 ? string.Empty : result.Tokens[^1].Value;
        if (!int.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value is < 1 or > SignalQuery.MaxLimit)
        {
            result.AddError($"--limit must be between 1 and {SignalQuery.MaxLimit} (was {token}).");
        }

        return value;
    }
}
