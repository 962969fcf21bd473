namespace Bellwether.Core;

/// <summary>Writes a signal's cross-article analysis from its evidence.</summary>
/// <remarks>The pipeline calls it whenever a signal is created or reinforced, before the signal is stored.</remarks>
public interface ISignalAnalyst
{
    /// <summary>Returns the analysis paragraph of <paramref name="signal"/>, which already holds its newest evidence.</summary>
    /// <param name="signal">The signal as it will be stored.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    ValueTask<string> AnalyseAsync(Signal signal, CancellationToken cancellationToken = default);
}
