using System.Text.Json;

namespace Bellwether.Embeddings.Onnx.Benchmarks;

/// <summary>
/// Real texts from the shared evaluation sets (read in place, never copied): headlines from the UCI News Aggregator
/// file and full-text newswire articles of 500 to 700 words from DUC 2004 task 2. The folder is
/// <c>BELLWETHER_EVAL_DIR</c>, by default <c>/work/shared/eval</c>.
/// </summary>
internal static class EvalTexts
{
    private static string Folder => Environment.GetEnvironmentVariable("BELLWETHER_EVAL_DIR") ?? "/work/shared/eval";

    public static string[] Headlines(int count) =>
        [.. Read("uci_news_aggregator_head_shuffled.jsonl", "title").Take(count)];

    public static string[] Articles(int count) =>
        [.. Read("duc2004_task2.jsonl", "text").Where(text => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is >= 500 and <= 700).Take(count)];

    private static IEnumerable<string> Read(string file, string field)
    {
        var path = Path.Combine(Folder, file);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The benchmark reads {file} from BELLWETHER_EVAL_DIR (default /work/shared/eval); it is not at {path}.", path);
        }

        return File.ReadLines(path).Select(line => JsonDocument.Parse(line).RootElement.GetProperty(field).GetString() ?? string.Empty);
    }
}
