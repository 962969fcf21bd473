using Microsoft.Extensions.Options;

namespace Bellwether.Embeddings.Onnx.Internal;

/// <summary>Fails start-up (through <c>ValidateOnStart</c>) with every broken setting, each naming its option.</summary>
internal sealed class OptionsValidator : IValidateOptions<OnnxSentenceEmbeddingOptions>
{
    public ValidateOptionsResult Validate(string? name, OnnxSentenceEmbeddingOptions options)
    {
        var problems = OptionsRules.Check(options);
        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(problems.Select(p => p.Message));
    }
}
