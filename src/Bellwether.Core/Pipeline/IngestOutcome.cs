using System.Text.Json.Serialization;
using Bellwether.Core.Internal;

namespace Bellwether.Core;

/// <summary>What happened to one ingested article.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<IngestOutcome>))]
public enum IngestOutcome
{
    /// <summary>The article created or reinforced at least one signal.</summary>
    Ingested,

    /// <summary>The article (same id, url or content) was ingested before; nothing changed.</summary>
    Duplicate,

    /// <summary>The article was recorded but said nothing the extractor could use.</summary>
    NoSignals,

    /// <summary>The article was unusable (<see cref="IngestResult.Rejection"/> says why); nothing was stored. Only a stream of articles reports this; a single article throws instead.</summary>
    Rejected,
}
