namespace Bellwether.Core;

/// <summary>Thrown when the store cannot be reached or used: the connection was lost or refused, or access was denied; the write in progress was rolled back.</summary>
public sealed class SignalStoreUnavailableException : SignalStoreException
{
    /// <summary>Creates the error for a connection that was lost or refused.</summary>
    /// <param name="location">The server or file the store lives in.</param>
    /// <param name="innerException">The error the driver reported.</param>
    public SignalStoreUnavailableException(string location, Exception? innerException)
        : base($"The signal store at '{location}' is unavailable (connection lost or refused); the write in progress was rolled back and can be retried.", innerException)
    {
        Location = location;
    }

    /// <summary>Creates the error for a store that refused access for <paramref name="reason"/>.</summary>
    /// <param name="location">The server or file the store lives in.</param>
    /// <param name="reason">Why the store cannot be used, e.g. a missing privilege or database.</param>
    /// <param name="innerException">The error the driver reported.</param>
    public SignalStoreUnavailableException(string location, string reason, Exception? innerException)
        : base($"The signal store at '{location}' is unavailable: {reason}; the write in progress was rolled back.", innerException)
    {
        Location = location;
    }

    /// <summary>The server or file the store lives in.</summary>
    public string Location { get; }
}
