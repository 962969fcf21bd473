using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Bellwether.Feeds.Internal;

/// <summary>The body of one successful response, read within the size limit.</summary>
internal sealed record FetchedBody(byte[] Bytes, string? MediaType, string? CharSet, Uri FinalAddress, string? ETag, DateTimeOffset? LastModified);

/// <summary>Why a fetch failed: a message fit for a log or a result.</summary>
internal sealed class FetchException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>GETs through the named, resilient client; enforces the content-type, size and redirect rules.</summary>
internal sealed class HttpFetcher(IHttpClientFactory clients, FeedOptions options, HostGate gate)
{
    /// <summary>Fetches <paramref name="address"/> within the host's concurrency limit; null when the server answered 304 Not Modified.</summary>
    /// <exception cref="FetchException">The request failed, the status was not a success, the type was refused or the body too large.</exception>
    public Task<FetchedBody?> FetchAsync(Uri address, Func<string?, bool> acceptType, string? etag, DateTimeOffset? lastModified, CancellationToken cancellationToken) =>
        gate.RunAsync(address, () => GetAsync(address, acceptType, etag, lastModified, cancellationToken), cancellationToken);

    private async Task<FetchedBody?> GetAsync(Uri address, Func<string?, bool> acceptType, string? etag, DateTimeOffset? lastModified, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        if (etag is not null && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        if (lastModified is not null)
        {
            request.Headers.IfModifiedSince = lastModified;
        }

        var client = clients.CreateClient(BellwetherFeedsDiagnostics.HttpClientName);
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FetchException($"{address}: timed out");
        }
        catch (Polly.Timeout.TimeoutRejectedException)
        {
            throw new FetchException($"{address}: timed out after {options.AttemptTimeout.TotalSeconds:0.###} s");
        }
        catch (Exception e) when (e is HttpRequestException or Polly.CircuitBreaker.BrokenCircuitException)
        {
            throw new FetchException($"{address}: {e.Message}", e);
        }

        using (response)
        {
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return null;
            }

            if ((int)response.StatusCode is >= 300 and < 400)
            {
                throw new FetchException($"{address}: too many redirects (more than {options.MaxRedirects}) or a redirect loop");
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new FetchException($"{address}: HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            var contentType = response.Content.Headers.ContentType;
            if (!acceptType(contentType?.MediaType))
            {
                throw new FetchException($"{address}: content type '{contentType?.MediaType ?? "(none)"}' refused");
            }

            var declared = response.Content.Headers.ContentLength;
            if (declared > options.MaxResponseBytes)
            {
                throw new FetchException($"{address}: body of {declared} bytes is over the limit of {options.MaxResponseBytes}");
            }

            var bytes = await ReadLimitedAsync(response.Content, address, cancellationToken).ConfigureAwait(false);
            return new FetchedBody(
                bytes,
                contentType?.MediaType,
                contentType?.CharSet?.Trim('"'),
                response.RequestMessage?.RequestUri ?? address,
                response.Headers.ETag?.ToString(),
                response.Content.Headers.LastModified);
        }
    }

    /// <summary>Decodes an HTML page: the header's charset, else a <c>meta</c> charset, else UTF-8.</summary>
    public static string DecodeHtml(FetchedBody body)
    {
        var encoding = EncodingOf(body.CharSet);
        if (encoding is null)
        {
            var head = Encoding.ASCII.GetString(body.Bytes, 0, Math.Min(body.Bytes.Length, 2048));
            var at = head.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                var name = new string(head[(at + 8)..].TrimStart('"', '\'').TakeWhile(c => char.IsLetterOrDigit(c) || c is '-' or '_').ToArray());
                encoding = EncodingOf(name);
            }
        }

        return (encoding ?? Encoding.UTF8).GetString(body.Bytes);
    }

    private static Encoding? EncodingOf(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private async Task<byte[]> ReadLimitedAsync(HttpContent content, Uri address, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            try
            {
                while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    if (buffer.Length + read > options.MaxResponseBytes)
                    {
                        throw new FetchException($"{address}: body is over the limit of {options.MaxResponseBytes} bytes");
                    }

                    buffer.Write(chunk, 0, read);
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new FetchException($"{address}: timed out while reading the body");
            }
            catch (IOException e)
            {
                throw new FetchException($"{address}: {e.Message}", e);
            }

            return buffer.ToArray();
        }
    }
}
