namespace Bellwether.Core;

/// <summary>The base type of every error Bellwether raises on purpose.</summary>
public class BellwetherException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    public BellwetherException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the error that caused it.</summary>
    public BellwetherException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
