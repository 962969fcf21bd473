using System.Globalization;
using Bellwether.Rendering;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Bellwether.Hosting.Internal;

/// <summary>Mails a brief with MailKit: HTML with a plain-text alternative, from the existing renderers.</summary>
internal sealed class SmtpBriefDelivery(BellwetherServiceOptions options, HtmlRenderer html, PlainTextRenderer text) : IBriefDelivery
{
    public string Name => "email";

    public bool AppliesTo(ReaderSettings reader) => reader.SendEmail && options.Smtp is not null;

    public async ValueTask DeliverAsync(ReaderSettings reader, Brief brief, CancellationToken cancellationToken = default)
    {
        var smtp = options.Smtp ?? throw new BriefDeliveryException("No SMTP server is configured.");
        using var message = await ComposeAsync(smtp, reader, brief, html, text, cancellationToken).ConfigureAwait(false);
        using var client = new SmtpClient();
        try
        {
            await client.ConnectAsync(smtp.Host, smtp.Port, Security(smtp.Security), cancellationToken).ConfigureAwait(false);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, cancellationToken).ConfigureAwait(false);
            }

            await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
            await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or SmtpCommandException or SmtpProtocolException or AuthenticationException or SslHandshakeException)
        {
            throw new BriefDeliveryException($"Mailing {reader.Name}'s brief to {reader.Email} through {smtp.Host}:{smtp.Port} failed: {e.Message}", e);
        }
    }

    public static async Task<MimeMessage> ComposeAsync(SmtpSettings smtp, ReaderSettings reader, Brief brief, HtmlRenderer html, PlainTextRenderer text, CancellationToken cancellationToken)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(smtp.FromName, smtp.FromAddress));
        message.To.Add(new MailboxAddress(reader.Name, reader.Email));
        var local = TimeZoneInfo.ConvertTime(brief.ComposedAt, TimeZoneInfo.FindSystemTimeZoneById(brief.TimeZoneId));
        message.Subject = string.Create(CultureInfo.InvariantCulture, $"Your Bellwether brief, {local:dddd d MMMM yyyy}: {brief.Items.Count} signal{(brief.Items.Count == 1 ? "" : "s")}");
        message.Date = brief.ComposedAt;
        using var htmlWriter = new StringWriter(CultureInfo.InvariantCulture);
        await html.RenderBriefAsync(brief, htmlWriter, cancellationToken).ConfigureAwait(false);
        using var textWriter = new StringWriter(CultureInfo.InvariantCulture);
        await text.RenderBriefAsync(brief, textWriter, cancellationToken).ConfigureAwait(false);
        message.Body = new BodyBuilder { HtmlBody = htmlWriter.ToString(), TextBody = textWriter.ToString() }.ToMessageBody();
        return message;
    }

    private static SecureSocketOptions Security(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
