using System.CommandLine;
using System.Text.Json;
using Bellwether.Core;
using Bellwether.Rendering;
using Bellwether.Sample.Hosting;
using Bellwether.Sample.Output;
using Microsoft.Extensions.DependencyInjection;

namespace Bellwether.Sample.Commands;

/// <summary><c>signal ID</c>: one signal in the layout of the seed page.</summary>
internal static class SignalCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "The signal's id, as `signals` lists it." };
        var input = CommonOptions.Input();
        var format = CommonOptions.Format();
        var asOf = CommonOptions.AsOf();
        var command = new Command("signal", "Show one signal with its analysis, actors and evidence.") { id, input, format, asOf };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = await SampleHost.StartAsync(parse, cancellationToken);
            await Ingestion.PrepareReadAsync(host, parse, parse.GetValue(input), parse.GetValue(asOf), cancellationToken);
            var signal = await host.Services.GetRequiredService<ISignalStore>().GetAsync(parse.GetValue(id)!, cancellationToken);
            if (signal is null)
            {
                await Console.Error.WriteLineAsync($"No signal '{parse.GetValue(id)}'. Run `signals` to list the ids.");
                return 2;
            }

            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Console.WriteLine(JsonSerializer.Serialize(signal, BellwetherJson.Options.GetTypeInfo(typeof(Signal))));
            }
            else
            {
                await host.Services.GetRequiredService<PlainTextRenderer>().RenderSignalAsync(signal, Console.Out, cancellationToken);
            }

            return 0;
        });
        return command;
    }
}
