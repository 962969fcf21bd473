using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;

namespace Bellwether.Sample.Hosting;

/// <summary><c>--embeddings local|none</c>: whether the matcher also compares articles by meaning, with the local all-MiniLM-L6-v2 encoder.</summary>
internal static class EmbeddingOptions
{
    public const string Name = "--embeddings";

    /// <summary>The choices of <c>--embeddings</c>.</summary>
    public enum Choice
    {
        /// <summary>Words only.</summary>
        None,

        /// <summary>The local sentence encoder (Bellwether.Embeddings.Onnx), in-process, no network.</summary>
        Local,
    }

    public static Option<Choice> Create() => new(Name)
    {
        Description = "local: also compare articles by meaning with the local all-MiniLM-L6-v2 encoder (in-process, no network); none (default): words only. On the shared evaluation sets embeddings add at most 0.8 BCubed F1 for 10-25 times the time per article (docs/evaluation.md).",
        DefaultValueFactory = _ => Choice.None,
        Recursive = true,
    };

    /// <summary>Registers the local encoder when the command line asks for it.</summary>
    public static void Apply(ParseResult parse, IServiceCollection services)
    {
        if (parse.GetValue<Choice>(Name) == Choice.Local)
        {
            services.AddOnnxSentenceEmbeddings();
        }
    }
}
