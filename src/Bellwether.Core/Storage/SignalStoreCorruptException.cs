namespace Bellwether.Core;

/// <summary>Thrown when the storage is not a Bellwether signal store: a corrupt file, or another program's database.</summary>
/// <param name="location">The file or database that was opened.</param>
/// <param name="reason">What is wrong with it.</param>
/// <param name="innerException">The error that revealed it, if any.</param>
public sealed class SignalStoreCorruptException(string location, string reason, Exception? innerException = null)
    : SignalStoreException($"'{location}' is not a usable Bellwether signal store: {reason}", innerException)
{
    /// <summary>The file or database that was opened.</summary>
    public string Location { get; } = location;
}
