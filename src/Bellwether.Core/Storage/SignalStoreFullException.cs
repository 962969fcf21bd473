namespace Bellwether.Core;

/// <summary>Thrown when the store has no room left (disk full or a size limit reached); the write was rolled back.</summary>
/// <param name="location">The file or database that is full.</param>
/// <param name="innerException">The error the driver reported.</param>
public sealed class SignalStoreFullException(string location, Exception? innerException)
    : SignalStoreException($"The signal store at '{location}' is full (no space left on the disk or a size limit reached); the write was rolled back and nothing stored before was lost.", innerException)
{
    /// <summary>The file or database that is full.</summary>
    public string Location { get; } = location;
}
