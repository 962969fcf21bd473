namespace Bellwether.Core.Internal;

/// <summary>
/// Offline analysis: keeps the analysis the extractor drew from the first article, else the first quote of the
/// earliest evidence, else the headline. It copies text and never writes new sentences across articles.
/// </summary>
internal sealed class ExtractiveSignalAnalyst : ISignalAnalyst
{
    public ValueTask<string> AnalyseAsync(Signal signal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signal);
        cancellationToken.ThrowIfCancellationRequested();
        if (!string.IsNullOrWhiteSpace(signal.Analysis))
        {
            return ValueTask.FromResult(signal.Analysis);
        }

        var firstQuote = signal.Evidence.SelectMany(e => e.Quotes).Select(q => q.Text).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
        return ValueTask.FromResult(firstQuote ?? signal.Headline);
    }
}
