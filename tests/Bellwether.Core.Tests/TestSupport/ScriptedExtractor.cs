namespace Bellwether.Core.Tests.TestSupport;

/// <summary>A user-supplied extractor that answers every article with the candidates a script builds from it.</summary>
internal sealed class ScriptedExtractor(Func<Article, IReadOnlyList<SignalCandidate>> script) : ISignalExtractor
{
    public ValueTask<IReadOnlyList<SignalCandidate>> ExtractAsync(Article article, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(script(article));
}
