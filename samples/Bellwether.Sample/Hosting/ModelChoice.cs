using System.CommandLine;
using System.CommandLine.Parsing;
using Bellwether.AI;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using OllamaSharp;
using OpenAI;

namespace Bellwether.Sample.Hosting;

/// <summary>
/// Which extractor the host uses: the offline default, or a language model through Ollama or OpenAI
/// (<c>--extractor llm --ollama URL MODEL</c>, <c>--extractor llm --openai MODEL</c> with the key in OPENAI_API_KEY).
/// </summary>
internal sealed record ModelChoice(bool UseModel, Uri? OllamaUrl, string? OllamaModel, string? OpenAIModel)
{
    public const string OpenAIKeyVariable = "OPENAI_API_KEY";
    private const string ExtractorName = "--extractor";
    private const string OllamaName = "--ollama";
    private const string OpenAIName = "--openai";

    /// <summary>The offline extractor and analyst.</summary>
    public static ModelChoice Offline { get; } = new(false, null, null, null);

    /// <summary>The options, recursive so that every verb accepts them, with their cross-option rules.</summary>
    public static Option[] CreateOptions()
    {
        var extractor = new Option<string>(ExtractorName)
        {
            Description = "offline (default): rules, no network; llm: a language model via --ollama or --openai.",
            DefaultValueFactory = _ => "offline",
            Recursive = true,
        };
        extractor.AcceptOnlyFromAmong("offline", "llm");
        var ollama = new Option<string[]>(OllamaName)
        {
            Description = "With --extractor llm: an Ollama server and model, e.g. --ollama http://localhost:11434 llama3.2.",
            Arity = new ArgumentArity(2, 2),
            AllowMultipleArgumentsPerToken = true,
            Recursive = true,
        };
        var openAI = new Option<string>(OpenAIName)
        {
            Description = $"With --extractor llm: an OpenAI model, e.g. --openai gpt-4o-mini; the key is read from {OpenAIKeyVariable}.",
            Recursive = true,
        };
        Option[] options = [extractor, ollama, openAI];
        foreach (var option in options)
        {
            option.Validators.Add(result =>
            {
                // Every option checks the three together; only the first one given reports, so an error shows once.
                if (options.FirstOrDefault(o => Values(result, o) is not null) == result.Option && Read(result, options) is { } problem)
                {
                    result.AddError(problem);
                }
            });
        }

        return options;
    }

    /// <summary>The choice made on the command line <paramref name="parse"/> holds (its validators have already checked it).</summary>
    public static ModelChoice From(ParseResult parse)
    {
        if (parse.GetValue<string>(ExtractorName) != "llm")
        {
            return Offline;
        }

        var ollama = parse.GetValue<string[]>(OllamaName);
        return new ModelChoice(true, ollama is [var url, _] ? new Uri(url) : null, ollama?[1], parse.GetValue<string>(OpenAIName));
    }

    /// <summary>Registers the chosen chat client and switches Bellwether to the model-backed extractor and analyst.</summary>
    public void Apply(IServiceCollection services)
    {
        if (!UseModel)
        {
            return;
        }

        IChatClient client = OllamaUrl is not null
            ? new OllamaApiClient(OllamaUrl, OllamaModel!)
            : new OpenAIClient(Environment.GetEnvironmentVariable(OpenAIKeyVariable)!).GetChatClient(OpenAIModel!).AsIChatClient();
        services.AddSingleton(client);
        services.AddBellwether().UseChatClientExtractor().UseChatClientAnalyst();
    }

    /// <summary>Reads the three options from the parse tree; returns what is wrong with them, or null.</summary>
    private static string? Read(SymbolResult result, Option[] options)
    {
        var llm = Values(result, options[0]) is ["llm"];
        var ollama = Values(result, options[1]);
        var openAI = Values(result, options[2]);
        if (llm && ollama is null && openAI is null)
        {
            return "--extractor llm needs a model: --ollama URL MODEL or --openai MODEL.";
        }

        if (ollama is not null && openAI is not null)
        {
            return "Give either --ollama or --openai, not both.";
        }

        if (!llm && (ollama is not null || openAI is not null))
        {
            return "--ollama and --openai choose the model of --extractor llm; add --extractor llm.";
        }

        if (ollama is [var address, _] && !(Uri.TryCreate(address, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"))
        {
            return $"--ollama needs the server's http(s) address first, then the model, not '{address}'.";
        }

        if (openAI is not null && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(OpenAIKeyVariable)))
        {
            return $"--openai reads the API key from the {OpenAIKeyVariable} environment variable, which is not set.";
        }

        return null;
    }

    /// <summary>The values given to <paramref name="option"/> anywhere on the command line, or null when it is absent.</summary>
    private static string[]? Values(SymbolResult result, Option option)
    {
        var root = result;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        return root is CommandResult command && Find(command, option) is { Implicit: false } given ? [.. given.Tokens.Select(t => t.Value)] : null;
    }

    private static OptionResult? Find(CommandResult command, Option option) =>
        command.Children.OfType<OptionResult>().FirstOrDefault(o => o.Option == option)
        ?? command.Children.OfType<CommandResult>().Select(c => Find(c, option)).FirstOrDefault(o => o is not null);
}
