using System.ComponentModel.DataAnnotations;

namespace Bellwether.Core;

/// <summary>How the default brief composer keeps a brief varied; validated when the host starts.</summary>
public sealed class BriefOptions
{
    /// <summary>The most items one topic may take in a brief (default 2; from 1 to 100).</summary>
    [Range(1, 100)]
    public int MaxItemsPerTopic { get; set; } = 2;
}
