namespace Bellwether.Core;

/// <summary>Writes a signal's cross-article analysis, and may restate its headline, from its evidence.</summary>
/// <remarks>The pipeline calls it whenever a signal is created or reinforced, before the signal is stored.</remarks>
public interface ISignalAnalyst
{
    /// <summary>Returns the analysis paragraph of <paramref name="signal"/>, which already holds its newest evidence.</summary>
    /// <param name="signal">The signal as it will be stored.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    ValueTask<string> AnalyseAsync(Signal signal, CancellationToken cancellationToken = default);

    /// <summary>
    /// Returns the headline of <paramref name="signal"/>, which already holds its newest evidence, so that a signal's
    /// headline can improve as evidence arrives and stay true to all of it. By default the headline it already has.
    /// </summary>
    /// <param name="signal">The signal as it will be stored.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    ValueTask<string> HeadlineAsync(Signal signal, CancellationToken cancellationToken = default) => ValueTask.FromResult(signal.Headline);
}
