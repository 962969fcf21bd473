using Bellwether.Core.Internal;
using Microsoft.Extensions.Options;

namespace Bellwether.Core.Tests.Extraction;

/// <summary>Builds the real offline extractor the way the container does.</summary>
internal static class Extractors
{
    public static OfflineSignalExtractor Default(Action<SignalExtractionOptions>? configure = null)
    {
        var options = new SignalExtractionOptions();
        configure?.Invoke(options);
        return new OfflineSignalExtractor(new ArticleAnalyzer(Options.Create(options)));
    }
}
