namespace Bellwether.Core;

/// <summary>The base type of the errors a signal store raises when its storage fails; nothing already stored is lost.</summary>
public class SignalStoreException : BellwetherException
{
    /// <summary>Creates an exception with a message.</summary>
    public SignalStoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the error that caused it.</summary>
    public SignalStoreException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
