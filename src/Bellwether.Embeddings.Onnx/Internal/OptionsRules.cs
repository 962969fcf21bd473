namespace Bellwether.Embeddings.Onnx.Internal;

/// <summary>One broken setting: the message names the option; <see cref="MissingFile"/> is set when a path leads nowhere.</summary>
internal sealed record OptionsProblem(string Message, string? MissingFile = null);

/// <summary>The checks on <see cref="OnnxSentenceEmbeddingOptions"/>, shared by the constructor and start-up validation.</summary>
internal static class OptionsRules
{
    /// <summary>The shortest useful input: <c>[CLS]</c>, one token, <c>[SEP]</c>.</summary>
    internal const int MinTokens = 3;

    private const string Prefix = nameof(OnnxSentenceEmbeddingOptions) + ".";

    public static List<OptionsProblem> Check(OnnxSentenceEmbeddingOptions options)
    {
        var problems = new List<OptionsProblem>();
        if (options.MaxTokens < MinTokens)
        {
            problems.Add(new($"{Prefix}{nameof(options.MaxTokens)} must be at least {MinTokens}; it is {options.MaxTokens}."));
        }

        if (options.BatchSize < 1)
        {
            problems.Add(new($"{Prefix}{nameof(options.BatchSize)} must be at least 1; it is {options.BatchSize}."));
        }

        if (!Enum.IsDefined(options.Pooling))
        {
            problems.Add(new($"{Prefix}{nameof(options.Pooling)} has no meaning for the value {(int)options.Pooling}."));
        }

        var hasModel = !string.IsNullOrWhiteSpace(options.ModelPath);
        var hasVocabulary = !string.IsNullOrWhiteSpace(options.VocabularyPath);
        if (hasModel != hasVocabulary)
        {
            var (given, missing) = hasModel
                ? (nameof(options.ModelPath), nameof(options.VocabularyPath))
                : (nameof(options.VocabularyPath), nameof(options.ModelPath));
            problems.Add(new($"{Prefix}{missing} is required when {Prefix}{given} is set; leave both empty for the packaged all-MiniLM-L6-v2."));
        }

        AddIfMissing(problems, nameof(options.ModelPath), options.ModelPath);
        AddIfMissing(problems, nameof(options.VocabularyPath), options.VocabularyPath);
        return problems;
    }

    public static void ThrowIfInvalid(OnnxSentenceEmbeddingOptions options)
    {
        var problems = Check(options);
        if (problems.Count == 0)
        {
            return;
        }

        var first = problems[0];
        if (first.MissingFile is not null)
        {
            throw new FileNotFoundException(first.Message, first.MissingFile);
        }

        throw new ArgumentException(first.Message, nameof(options));
    }

    private static void AddIfMissing(List<OptionsProblem> problems, string option, string? path)
    {
        if (!string.IsNullOrWhiteSpace(path) && !File.Exists(path))
        {
            problems.Add(new($"{Prefix}{option} names no file: '{path}'.", path));
        }
    }
}
