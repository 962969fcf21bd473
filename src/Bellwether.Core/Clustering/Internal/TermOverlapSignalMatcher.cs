using Bellwether.Core.Text;
using Microsoft.Extensions.Options;

namespace Bellwether.Core.Internal;

/// <summary>
/// First matcher: cosine similarity of term counts (headline, quotes, actors) against every indexed signal.
/// A linear scan; the clustering core replaces it with an inverted index.
/// </summary>
internal sealed class TermOverlapSignalMatcher(IOptions<BellwetherOptions> options) : ISignalMatcher
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Dictionary<string, int>> _vectors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _stories = new(StringComparer.Ordinal);

    public ValueTask<SignalMatch> MatchAsync(SignalCandidate candidate, Article article, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var vector = Vectorize(candidate.Headline, candidate.Actors, candidate.Evidence.Quotes.Select(q => q.Text));
        string? best = null;
        var bestScore = 0.0;
        lock (_gate)
        {
            foreach (var (id, other) in _vectors)
            {
                var score = Cosine(vector, other);
                if (score > bestScore || (score == bestScore && best is not null && string.CompareOrdinal(id, best) < 0))
                {
                    best = id;
                    bestScore = score;
                }
            }

            return ValueTask.FromResult(best is not null && bestScore >= options.Value.MatchThreshold
                ? new SignalMatch(best, bestScore, _stories[best], false)
                : SignalMatch.None);
        }
    }

    public void Observe(Signal signal)
    {
        var vector = Vectorize(signal.Headline, signal.Actors, signal.Evidence.SelectMany(e => e.Quotes).Select(q => q.Text));
        lock (_gate)
        {
            _vectors[signal.Id] = vector;
            _stories[signal.Id] = signal.Evidence.Count > 0 ? signal.Evidence[0].StoryId : null;
        }
    }

    public void Forget(string signalId)
    {
        lock (_gate)
        {
            _vectors.Remove(signalId);
            _stories.Remove(signalId);
        }
    }

    private static Dictionary<string, int> Vectorize(string headline, IEnumerable<string> actors, IEnumerable<string> quotes)
    {
        var vector = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in quotes.Prepend(headline).Concat(actors))
        {
            foreach (var term in TermExtractor.GetTerms(text))
            {
                vector[term] = vector.GetValueOrDefault(term) + 1;
            }
        }

        return vector;
    }

    private static double Cosine(Dictionary<string, int> a, Dictionary<string, int> b)
    {
        double dot = 0, na = 0, nb = 0;
        foreach (var (term, count) in a)
        {
            na += count * count;
            if (b.TryGetValue(term, out var other))
            {
                dot += count * other;
            }
        }

        foreach (var count in b.Values)
        {
            nb += count * count;
        }

        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }
}
