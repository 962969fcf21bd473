using System.CommandLine;
using Bellwether.Sample.Input;
using Bellwether.Sample.Output;

namespace Bellwether.Sample.Commands;

/// <summary>Options several verbs share; each verb gets its own instances.</summary>
internal static class CommonOptions
{
    public static Option<string[]> Input() => new("--input", "-i")
    {
        Description = "Article files or folders to ingest first (.txt, .jsonl, or a folder); the bundled seeds by default.",
        AllowMultipleArgumentsPerToken = true,
        DefaultValueFactory = _ => [ArticleLoader.SeedsFolder],
    };

    public static Option<OutputFormat> Format() => new("--format", "-f")
    {
        Description = "Output format.",
        DefaultValueFactory = _ => OutputFormat.Text,
    };

    public static Option<DateTimeOffset?> AsOf() => new("--as-of")
    {
        Description = "Score and compose as of this time (default: the newest article's publication time, else now).",
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
