using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bellwether.Core.Internal;

/// <summary>Writes enum values as the seed page shows them: <c>event-driven</c>, <c>structural</c>.</summary>
internal sealed class KebabCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)
    where TEnum : struct, Enum;
