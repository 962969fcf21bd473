namespace Bellwether.Sample.Hosting;

/// <summary>
/// The host's clock: the real time, or a fixed "as of" time so that a replayed corpus is scored as on the day it was
/// published rather than months later.
/// </summary>
internal sealed class ReplayClock : TimeProvider
{
    private DateTimeOffset? _asOf;

    public override DateTimeOffset GetUtcNow() => _asOf ?? base.GetUtcNow();

    /// <summary>Fixes the clock at <paramref name="asOf"/>.</summary>
    public void Pin(DateTimeOffset asOf) => _asOf = asOf.ToUniversalTime();
}
