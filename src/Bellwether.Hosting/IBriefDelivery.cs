namespace Bellwether.Hosting;

/// <summary>Delivers a composed, non-silent brief one way (e-mail, a folder, …); every registered delivery is used.</summary>
public interface IBriefDelivery
{
    /// <summary>A short name for logs ("email", "folder").</summary>
    string Name { get; }

    /// <summary>Whether this delivery applies to <paramref name="reader"/> (for example e-mail only when they want it).</summary>
    bool AppliesTo(ReaderSettings reader);

    /// <summary>Delivers <paramref name="brief"/> to <paramref name="reader"/>.</summary>
    /// <exception cref="BriefDeliveryException">The delivery failed; it is tried again later.</exception>
    ValueTask DeliverAsync(ReaderSettings reader, Brief brief, CancellationToken cancellationToken = default);
}
