namespace Bellwether.Hosting;

/// <summary>The SMTP server briefs are mailed through.</summary>
public sealed class SmtpSettings
{
    /// <summary>The server's host name or address.</summary>
    public string Host { get; set; } = string.Empty;

    /// <summary>The server's port (default 587).</summary>
    public int Port { get; set; } = 587;

    /// <summary>How the connection is secured (default <see cref="SmtpSecurity.Auto"/>).</summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;

    /// <summary>The user name to log in with; null sends without logging in.</summary>
    public string? UserName { get; set; }

    /// <summary>The password to log in with.</summary>
    public string? Password { get; set; }

    /// <summary>The sender address.</summary>
    public string FromAddress { get; set; } = string.Empty;

    /// <summary>The sender name (default "Bellwether").</summary>
    public string FromName { get; set; } = "Bellwether";
}

/// <summary>How the SMTP connection is secured.</summary>
public enum SmtpSecurity
{
    /// <summary>TLS on connect for port 465, STARTTLS when the server offers it otherwise.</summary>
    Auto,

    /// <summary>No TLS (a local relay only).</summary>
    None,

    /// <summary>STARTTLS, required.</summary>
    StartTls,

    /// <summary>TLS from the first byte.</summary>
    SslOnConnect,
}
