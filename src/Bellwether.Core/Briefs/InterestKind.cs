using System.Text.Json.Serialization;
using Bellwether.Core.Internal;

namespace Bellwether.Core;

/// <summary>What a reader's interest refers to.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<InterestKind>))]
public enum InterestKind
{
    /// <summary>A topic from the taxonomy ("semiconductors").</summary>
    Topic,

    /// <summary>An ISO 3166-1 alpha-2 region ("CN").</summary>
    Region,

    /// <summary>A key actor ("Nvidia").</summary>
    Actor,
}
