namespace Bellwether.Rendering;

/// <summary>Renders briefs and signals in one <see cref="RenderFormat"/>.</summary>
/// <remarks>Implementations are thread-safe and encode all article-derived text for their format.</remarks>
public interface IBellwetherRenderer
{
    /// <summary>The format this renderer writes.</summary>
    RenderFormat Format { get; }

    /// <summary>The usual file extension of the format, with its dot (".md").</summary>
    string FileExtension { get; }

    /// <summary>Writes a reader's brief, or its explicit "nothing worth saying".</summary>
    ValueTask RenderBriefAsync(Brief brief, TextWriter output, CancellationToken cancellationToken = default);

    /// <summary>Writes one signal in the layout of a signal page.</summary>
    ValueTask RenderSignalAsync(Signal signal, TextWriter output, CancellationToken cancellationToken = default);

    /// <summary>Writes a list of signals (the "all signals" index in HTML, which puts the strongest first).</summary>
    ValueTask RenderSignalListAsync(IReadOnlyList<Signal> signals, TextWriter output, CancellationToken cancellationToken = default);
}
