namespace Bellwether.Core;

/// <summary>Computes a signal's strength from its evidence, with the components that explain it.</summary>
public interface ISignalScorer
{
    /// <summary>Scores <paramref name="signal"/> as of <paramref name="now"/>. Pure: the same input gives the same output.</summary>
    StrengthBreakdown Score(Signal signal, DateTimeOffset now);
}
