using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bellwether.Core;
using Bellwether.Sample.Hosting;
using Bellwether.Sample.Input;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bellwether.Sample.Commands;

/// <summary><c>extract FILE</c>: the candidate signals of one article, as JSON.</summary>
internal static class ExtractCommand
{
    /// <summary>The models' options, writing every letter as itself ("für", not "f\u00FCr"): the output is read by people.</summary>
    private static readonly JsonSerializerOptions Readable = ReadableOptions();

    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "An article file (.txt: first line is the title; .jsonl: the first line is used)." };
        var command = new Command("extract", "Print the candidate signals of one article as JSON.") { file };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = await SampleHost.StartInMemoryAsync(parse, cancellationToken);
            var path = parse.GetValue(file)!;
            var article = await ArticleLoader.LoadAsync([path], cancellationToken).FirstOrDefaultAsync(cancellationToken)
                ?? throw new InvalidDataException($"No article in '{path}'.");
            article.Validate(host.Services.GetRequiredService<IOptions<BellwetherOptions>>().Value.MaxArticleTextLength);
            var candidates = await host.Services.GetRequiredService<ISignalExtractor>().ExtractAsync(article, cancellationToken);
            Console.WriteLine(JsonSerializer.Serialize(candidates, Readable.GetTypeInfo(typeof(IReadOnlyList<SignalCandidate>))));
            return 0;
        });
        return command;
    }

    private static JsonSerializerOptions ReadableOptions()
    {
        var options = new JsonSerializerOptions(BellwetherJson.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        options.MakeReadOnly();
        return options;
    }
}
