using System.CommandLine;
using Bellwether.Sample.Output;

namespace Bellwether.Sample.Commands;

/// <summary>Options several verbs share; each verb gets its own instances.</summary>
internal static class CommonOptions
{
    public static Option<string[]> Input() => new("--input", "-i")
    {
        Description = "Article files or folders to ingest into the store first (.txt, .jsonl, or a folder). Without it the verb only reads the store; with --db :memory: it reads the bundled seeds.",
        AllowMultipleArgumentsPerToken = true,
    };

    public static Option<OutputFormat> Format() => new("--format", "-f")
    {
        Description = "Output format.",
        DefaultValueFactory = _ => OutputFormat.Text,
    };

    public static Option<DateTimeOffset?> AsOf() => new("--as-of")
    {
        Description = "Score and compose as of this time (default: the newest ingested article's publication time that is not in the future, else now).",
    };

    public static Option<string[]> Follow() => new("--follow")
    {
        Description = "Compose for Marco following these instead of his own interests: KIND:VALUE[:WEIGHT], KIND topic, region or actor (\"actor:Bitcoin\", \"topic:AI:2\").",
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary>The name of the <c>--verbose</c> option.</summary>
    public const string VerboseName = "--verbose";

    public static Option<bool> Verbose() => new(VerboseName, "-v")
    {
        Description = "Log what the pipeline does.",
        Recursive = true,
    };
}
