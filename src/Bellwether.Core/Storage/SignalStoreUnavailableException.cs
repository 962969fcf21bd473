namespace Bellwether.Core;

/// <summary>Thrown when the connection to the store was lost or refused; the write in progress was rolled back.</summary>
/// <param name="location">The server or file the store lives in.</param>
/// <param name="innerException">The error the driver reported.</param>
public sealed class SignalStoreUnavailableException(string location, Exception? innerException)
    : SignalStoreException($"The signal store at '{location}' is unavailable (connection lost or refused); the write in progress was rolled back and can be retried.", innerException)
{
    /// <summary>The server or file the store lives in.</summary>
    public string Location { get; } = location;
}
