namespace Bellwether.Core.Tests.TestSupport;

/// <summary>A user-supplied extractor: one candidate per article whose headline is the title, recording each call.</summary>
internal sealed class RecordingExtractor : ISignalExtractor
{
    private int _calls;

    public int Calls => _calls;

    public ValueTask<IReadOnlyList<SignalCandidate>> ExtractAsync(Article article, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        IReadOnlyList<SignalCandidate> candidates =
        [
            new SignalCandidate
            {
                Headline = article.Title,
                Topics = ["semiconductors"],
                Evidence = new ArticleEvidence { Article = article.ToReference(), Reasoning = "recorded" },
            },
        ];
        return ValueTask.FromResult(candidates);
    }
}
