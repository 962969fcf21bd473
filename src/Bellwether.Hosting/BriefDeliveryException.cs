namespace Bellwether.Hosting;

/// <summary>A brief could not be delivered (the SMTP server refused it, the folder is not writable, …).</summary>
public sealed class BriefDeliveryException : BellwetherException
{
    /// <summary>A delivery failure with its reason.</summary>
    public BriefDeliveryException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
