namespace Bellwether.Sample.Output;

/// <summary>How a verb prints its result.</summary>
internal enum OutputFormat
{
    /// <summary>Readable text.</summary>
    Text,

    /// <summary>JSON from the library's source-generated context.</summary>
    Json,
}
