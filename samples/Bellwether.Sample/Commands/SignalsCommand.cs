using System.CommandLine;
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
        var limit = new Option<int>("--limit") { Description = $"How many signals to list (1 to {SignalQuery.MaxLimit}).", DefaultValueFactory = _ => 20 };
        limit.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value is < 1 or > SignalQuery.MaxLimit)
            {
                result.AddError($"--limit must be between 1 and {SignalQuery.MaxLimit} (was {value}).");
            }
        });
        var command = new Command("signals", "List signals, strongest first.") { input, format, asOf, limit };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = await SampleHost.StartAsync(parse, cancellationToken);
            await Ingestion.RunAsync(host, parse.GetValue(input)!, parse.GetValue(asOf), cancellationToken);
            var store = host.Services.GetRequiredService<ISignalStore>();
            var page = await store.QueryAsync(new SignalQuery { Limit = parse.GetValue(limit) }, cancellationToken);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Console.WriteLine(JsonSerializer.Serialize(page.Items, BellwetherJsonContext.Default.IReadOnlyListSignal));
            }
            else
            {
                await host.Services.GetRequiredService<PlainTextRenderer>().RenderSignalListAsync(page.Items, Console.Out, cancellationToken);
            }

            return 0;
        });
        return command;
    }
}
