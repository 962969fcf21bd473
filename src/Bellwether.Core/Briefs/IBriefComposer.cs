namespace Bellwether.Core;

/// <summary>Composes a reader's brief from the stored signals, or says that nothing is worth saying.</summary>
public interface IBriefComposer
{
    /// <summary>Composes the brief for <paramref name="reader"/> as of now.</summary>
    /// <exception cref="ReaderProfileValidationException">The profile is unusable.</exception>
    ValueTask<Brief> ComposeAsync(ReaderProfile reader, CancellationToken cancellationToken = default);
}
